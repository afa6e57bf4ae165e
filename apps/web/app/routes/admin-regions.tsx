import { createRegion } from '@destalk/core/organisations/commands/manage-regions';
import { listRegions } from '@destalk/core/organisations/queries/organisations';
import { Alert, Card, PageHeader, Table } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Route } from './+types/admin-regions';
import { RegionForm } from '../components/region-form.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { countryOptions } from '../lib/countries.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { countryName } from '../lib/format.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const regions = await listRegions(context.platform, actor);
    return {
      title: t('admin:regions.title'),
      regions: regions.map((r) => ({ ...r, country: countryName(r.countryCode, locale) })),
      countries: countryOptions(locale),
    };
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(request, context, async (form, t) => {
    const region = await createRegion(context.platform, actor, form, context.requestId);
    return { created: t('admin:regions.created', { name: region.name }) };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function AdminRegions({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const created = actionData && 'created' in actionData ? actionData.created : undefined;
  return (
    <>
      <PageHeader title={t('admin:regions.title')} lead={t('admin:regions.lead')} />
      <div className="flex flex-col gap-8">
        {created ? (
          <Alert tone="success" live>
            {created}
          </Alert>
        ) : null}
        {d.regions.length === 0 ? (
          <p className="text-muted">{t('admin:regions.none')}</p>
        ) : (
          <Table caption={t('admin:regions.caption')} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t('admin:regions.name')}</th>
                <th scope="col">{t('admin:regions.country')}</th>
                <th scope="col">{t('admin:regions.defaultLocale')}</th>
                <th scope="col">{t('admin:regions.organisations')}</th>
              </tr>
            </thead>
            <tbody>
              {d.regions.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/admin/regions/${r.id}`} className="font-medium">
                      {r.name}
                    </Link>
                  </td>
                  <td>{r.country}</td>
                  <td>{r.defaultLocale}</td>
                  <td>{r.organisationCount}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Card aria-labelledby="new-region-title">
          <h2 id="new-region-title" className="mb-4 text-xl">
            {t('admin:regions.newTitle')}
          </h2>
          <RegionForm key={created ?? 'form'} state={stateFor(actionData)} countries={d.countries} submitLabel={t('admin:regions.create')} />
        </Card>
      </div>
    </>
  );
}
