import { updateRegion } from '@destalk/core/organisations/commands/manage-regions';
import { getRegion } from '@destalk/core/organisations/queries/organisations';
import { Alert, Card, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import type { Route } from './+types/admin-region';
import { RegionForm } from '../components/region-form.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { countryOptions } from '../lib/countries.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const region = await getRegion(context.platform, actor, params.regionId);
    return { title: t('admin:regions.editTitle'), region, countries: countryOptions(locale) };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(request, context, async (form) => {
    await updateRegion(context.platform, actor, params.regionId, form, context.requestId);
    return { saved: true as const };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function AdminRegion({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={d.region.name} eyebrow={t('admin:regions.editTitle')} />
      <Card>
        <div className="flex flex-col gap-4">
          {actionData && 'saved' in actionData ? (
            <Alert tone="success" live>
              {t('admin:regions.saved')}
            </Alert>
          ) : null}
          <RegionForm state={stateFor(actionData)} values={d.region} countries={d.countries} submitLabel={t('common:actions.save')} />
        </div>
      </Card>
    </>
  );
}
