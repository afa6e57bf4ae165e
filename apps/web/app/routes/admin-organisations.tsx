import { listOrganisations } from '@destalk/core/organisations/queries/organisations';
import { buttonClass, PageHeader, Table } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Route } from './+types/admin-organisations';
import { requireActor } from '../lib/actor.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { countryName } from '../lib/format.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const organisations = await listOrganisations(context.platform, actor);
    return { title: t('admin:organisations.title'), organisations: organisations.map((o) => ({ ...o, country: countryName(o.countryCode, locale) })) };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function AdminOrganisations({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('admin:organisations.title')}
        lead={t('admin:organisations.lead')}
        actions={
          <Link to="/admin/organisations/new" className={buttonClass('primary')}>
            {t('admin:organisations.new')}
          </Link>
        }
      />
      {d.organisations.length === 0 ? (
        <p className="text-muted">{t('admin:organisations.none')}</p>
      ) : (
        <Table caption={t('admin:organisations.caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('admin:organisations.name')}</th>
              <th scope="col">{t('admin:organisations.sector')}</th>
              <th scope="col">{t('admin:organisations.country')}</th>
              <th scope="col">{t('admin:organisations.region')}</th>
              <th scope="col">{t('admin:organisations.members')}</th>
            </tr>
          </thead>
          <tbody>
            {d.organisations.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link to={`/admin/organisations/${o.id}`} className="font-medium">
                    {o.name}
                  </Link>
                </td>
                <td>{t(`domain:sector.${o.sector}`)}</td>
                <td>{o.country}</td>
                <td>{o.regionName}</td>
                <td>{o.memberCount}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
