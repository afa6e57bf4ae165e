import { inviteMember } from '@destalk/core/organisations/commands/invite-member';
import { updateOrganisation } from '@destalk/core/organisations/commands/manage-organisations';
import { getOrganisation, listRegions } from '@destalk/core/organisations/queries/organisations';
import { Alert, Card, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { data, Link } from 'react-router';
import type { Route } from './+types/admin-organisation';
import { InviteForm } from '../components/invite-form.tsx';
import { OrganisationForm } from '../components/organisation-form.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { countryOptions } from '../lib/countries.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { noticeFrom } from '../lib/notice.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const organisation = await getOrganisation(context.platform, actor, params.organisationId);
    const regions = await listRegions(context.platform, actor);
    return {
      title: t('admin:organisations.editTitle', { name: organisation.name }),
      organisation,
      regions: regions.map((r) => ({ id: r.id, name: r.name })),
      countries: countryOptions(locale),
      created: noticeFrom(request, ['created']) !== null,
    };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(
    request,
    context,
    async (form, t) => {
      if (form.intent === 'invite') {
        const sent = await inviteMember(context.platform, actor, params.organisationId, form, context.requestId);
        return { done: t('org:invite.sent', { email: sent.email }) };
      }
      if (form.intent !== 'save') throw data({ code: 'bad_request' }, { status: 400 });
      await updateOrganisation(context.platform, actor, params.organisationId, form, context.requestId);
      return { done: t('admin:organisations.saved') };
    },
    (form) => form.intent,
  );
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d, matches);

export default function AdminOrganisation({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const done = actionData && 'done' in actionData ? actionData.done : undefined;
  return (
    <>
      <PageHeader title={d.organisation.name} eyebrow={t('admin:organisations.title')} actions={<Link to={`/org/${d.organisation.id}`}>{t('admin:organisations.openMembers')}</Link>} />
      <div className="flex flex-col gap-6">
        {d.created ? (
          <Alert tone="success" live>
            {t('admin:organisations.created', { name: d.organisation.name })}
          </Alert>
        ) : null}
        {done ? (
          <Alert tone="success" live>
            {done}
          </Alert>
        ) : null}
        <Card aria-labelledby="invite-title">
          <h2 id="invite-title" className="text-xl">
            {t('admin:organisations.inviteTitle')}
          </h2>
          <p className="mb-4 mt-1 text-sm text-muted">{t('admin:organisations.inviteLead')}</p>
          <InviteForm state={stateFor(actionData, 'invite')} defaultRole="coordinator" />
        </Card>
        <Card aria-labelledby="edit-title">
          <h2 id="edit-title" className="mb-4 text-xl">
            {t('admin:organisations.editTitle', { name: d.organisation.name })}
          </h2>
          <OrganisationForm state={stateFor(actionData, 'save')} values={d.organisation} countries={d.countries} regions={d.regions} submitLabel={t('common:actions.save')} />
        </Card>
      </div>
    </>
  );
}
