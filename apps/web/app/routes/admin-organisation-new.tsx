import { createOrganisation } from '@destalk/core/organisations/commands/manage-organisations';
import { listRegions } from '@destalk/core/organisations/queries/organisations';
import { Alert, Card, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Link, redirect } from 'react-router';
import type { Route } from './+types/admin-organisation-new';
import { OrganisationForm } from '../components/organisation-form.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { countryOptions } from '../lib/countries.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const regions = await listRegions(context.platform, actor);
    return { title: t('admin:organisations.newTitle'), regions: regions.map((r) => ({ id: r.id, name: r.name })), countries: countryOptions(locale) };
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(request, context, async (form) => {
    const organisation = await createOrganisation(context.platform, actor, form, context.requestId);
    throw redirect(`/admin/organisations/${organisation.id}?notice=created`);
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function AdminOrganisationNew({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('admin:organisations.newTitle')} />
      <Card>
        {d.regions.length === 0 ? (
          <Alert tone="warning">
            <Link to="/admin/regions">{t('admin:organisations.needRegion')}</Link>
          </Alert>
        ) : (
          <OrganisationForm state={stateFor(actionData)} countries={d.countries} regions={d.regions} submitLabel={t('admin:organisations.create')} />
        )}
      </Card>
    </>
  );
}
