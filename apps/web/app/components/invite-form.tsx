import { MEMBER_ROLES } from '@destalk/core/organisations/schema';
import { Button, SelectField, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';
import type { FormState } from '../lib/form-state.ts';
import { FormErrors } from './form-errors.tsx';

/** Invite by e-mail with a role; used by coordinators and by admins on a new organisation. */
export function InviteForm({ state, defaultRole = 'learner' }: { state: FormState | undefined; defaultRole?: string }) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-4">
      <FormErrors state={state} />
      <Form method="post" className="flex flex-col gap-4" noValidate>
        <input type="hidden" name="intent" value="invite" />
        <TextField name="email" type="email" label={t('org:invite.email')} autoComplete="off" isRequired defaultValue={state?.values.email} errors={state?.fieldErrors.email} />
        <SelectField
          name="role"
          label={t('org:invite.role')}
          defaultValue={state?.values.role ?? defaultRole}
          options={MEMBER_ROLES.map((r) => ({ value: r, label: t(`domain:roleTitle.${r}`) }))}
          description={`${t('org:roleHelp.learner')} ${t('org:roleHelp.trainer')} ${t('org:roleHelp.coordinator')}`}
          errors={state?.fieldErrors.role}
        />
        <div>
          <Button type="submit">{t('org:invite.submit')}</Button>
        </div>
      </Form>
    </div>
  );
}
