import { createCampaign } from '@destalk/core/campaigns/commands/authoring';
import { authorizeCampaign } from '@destalk/core/campaigns/policies';
import { campaignsOfOrganisation } from '@destalk/core/campaigns/queries/campaigns';
import { LOCALE_NATIVE_NAMES } from '@destalk/core/i18n/locales';
import { Badge, buttonClass, Card, PageHeader, Table, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/org-campaigns';
import { FormErrors } from '../components/form-errors.tsx';
import { OrgTabs } from '../components/org-tabs.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    authorizeCampaign(actor, 'campaign.manage', { organisationId: params.organisationId });
    const campaigns = await campaignsOfOrganisation(context.platform, actor, params.organisationId);
    return {
      title: t('campaigns:list.title'),
      organisationId: params.organisationId,
      organisation: actor.memberships.find((m) => m.organisationId === params.organisationId)?.organisationName ?? '',
      campaigns: campaigns.map((c) => ({ ...c, languageNames: c.languages.map((l) => LOCALE_NATIVE_NAMES[l]).join(', ') })),
    };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(request, context, async (form) => {
    const { id } = await createCampaign(context.platform, actor, params.organisationId, { name: form.name, slug: form.slug }, context.requestId);
    throw redirect(`/org/${encodeURIComponent(params.organisationId)}/campaigns/${id}?step=basics`);
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function OrgCampaigns({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const state = stateFor(actionData);
  const col = (k: string) => t(`campaigns:list.columns.${k}` as 'campaigns:list.columns.name');
  return (
    <>
      <PageHeader title={t('campaigns:list.title')} eyebrow={d.organisation} lead={t('campaigns:list.lead', { organisation: d.organisation })} />
      <OrgTabs organisationId={d.organisationId} />
      <p className="mb-6">
        <Link to="/campaign-guidelines">{t('campaigns:list.guidelines')}</Link>
      </p>
      {d.campaigns.length === 0 ? (
        <p className="mb-8 text-muted">{t('campaigns:list.none')}</p>
      ) : (
        <Table caption={t('campaigns:list.caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{col('name')}</th>
              <th scope="col">{col('status')}</th>
              <th scope="col">{col('languages')}</th>
              <th scope="col" className="text-end">
                {col('views')}
              </th>
              <th scope="col" className="text-end">
                {col('qr')}
              </th>
              <th scope="col" className="text-end">
                {col('downloads')}
              </th>
            </tr>
          </thead>
          <tbody>
            {d.campaigns.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/org/${d.organisationId}/campaigns/${c.id}`} className="font-medium">
                    {c.name}
                  </Link>
                  <span className="block text-sm text-muted">/c/{c.slug}</span>
                </td>
                <td>
                  <Badge tone={c.status === 'published' ? 'success' : c.status === 'draft' ? 'warning' : 'neutral'}>{t(`campaigns:statuses.${c.status}`)}</Badge>
                </td>
                <td>{c.languageNames}</td>
                <td className="text-end tabular-nums">{c.reach.view}</td>
                <td className="text-end tabular-nums">{c.reach.qr}</td>
                <td className="text-end tabular-nums">{c.reach.download}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Card className="mt-8 max-w-2xl" aria-labelledby="new-campaign">
        <h2 id="new-campaign" className="text-xl font-semibold">
          {t('campaigns:list.newTitle')}
        </h2>
        <Form method="post" className="mt-4 flex flex-col gap-4" noValidate>
          <FormErrors state={state} />
          <TextField name="name" label={t('campaigns:list.name')} description={t('campaigns:list.nameHint')} defaultValue={state?.values.name ?? ''} errors={state?.fieldErrors.name} />
          <TextField name="slug" label={t('campaigns:list.slug')} description={t('campaigns:list.slugHint')} defaultValue={state?.values.slug ?? ''} errors={state?.fieldErrors.slug} />
          <button type="submit" className={buttonClass('primary', 'self-start')}>
            {t('campaigns:list.create')}
          </button>
        </Form>
      </Card>
    </>
  );
}
