import { countCampaignReach } from '@destalk/core/campaigns/commands/reach';
import { publicCampaign } from '@destalk/core/campaigns/queries/public';
import { isLocale, LOCALE_NATIVE_NAMES } from '@destalk/core/i18n/locales';
import { Container } from '@destalk/ui';
import { isbot } from 'isbot';
import type { Route } from './+types/campaign';
import { HelpContacts } from '../components/campaigns/help-contacts.tsx';
import { CitedSources } from '../components/cited-sources.tsx';
import { getTranslator, translatorForLocale } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import type { RouteHandle } from '../root.tsx';

// A survivor may open this page on a watched phone: it ships no application JavaScript (only the
// exit control's few lines), sets no cookie and loads nothing from another origin.
export const handle: RouteHandle = { hydrate: false };

/**
 * The public page of a published campaign in one of its languages (`?lang=`, else the visitor's
 * language if the campaign has it, else its main one). Each view is counted in today's aggregate.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const asked = new URL(request.url).searchParams.get('lang');
    const campaign = await publicCampaign(context.platform, params.slug, isLocale(asked) ? asked : locale);
    if (!isbot(request.headers.get('user-agent'))) await countCampaignReach(context.platform, campaign.id, 'view');
    // The page speaks the campaign's language throughout (the site's frame keeps the visitor's).
    const t = translatorForLocale(campaign.locale);
    return {
      title: campaign.headline,
      campaign,
      labels: {
        eyebrow: t('campaigns:public.eyebrow', { region: campaign.regionName, organisation: campaign.organisationName }),
        languages: t('campaigns:public.languages'),
        logos: t('campaigns:public.logos'),
        partnersTitle: t('campaigns:public.partnersTitle'),
        partnersLead: t('campaigns:public.partnersLead'),
        partnersDownload: t('campaigns:public.partnersDownload'),
        sources: t('campaigns:public.sources'),
      },
      otherLanguages: campaign.languages.filter((l) => l !== campaign.locale).map((l) => ({ code: l, name: LOCALE_NATIVE_NAMES[l] })),
    };
  });
}

export function headers() {
  // Every view is counted on the server: no shared cache may answer for it.
  return { 'Cache-Control': 'no-store' };
}

export const meta: Route.MetaFunction = ({ data, matches }) => [...pageMeta(data, matches), { name: 'description', content: data?.campaign.subline ?? '' }];

export default function Campaign({ loaderData: d }: Route.ComponentProps) {
  const c = d.campaign;
  const l = d.labels;
  const colours = { backgroundColor: c.colours.background, color: c.colours.text };
  return (
    <div lang={c.locale}>
      <section style={colours} className="-mt-10 mb-10 sm:-mt-14" aria-labelledby="campaign-title">
        <Container>
          <div className="py-12 sm:py-16">
            <span aria-hidden="true" className="mb-6 block h-1.5 w-16 rounded-full" style={{ backgroundColor: c.colours.accent }} />
            <p className="text-sm font-semibold tracking-wide uppercase opacity-90">{l.eyebrow}</p>
            <h1 id="campaign-title" className="mt-3 max-w-3xl text-4xl leading-tight font-bold sm:text-5xl" style={{ color: c.colours.text }}>
              {c.headline}
            </h1>
            <p className="mt-5 max-w-2xl text-lg sm:text-xl">{c.subline}</p>
            {d.otherLanguages.length ? (
              <nav aria-label={l.languages} className="mt-8">
                <ul className="flex flex-wrap gap-3 text-sm">
                  {d.otherLanguages.map((l) => (
                    <li key={l.code}>
                      <a href={`?lang=${l.code}`} hrefLang={l.code} lang={l.code} className="rounded-md px-2 py-1 underline underline-offset-4" style={{ color: c.colours.text }}>
                        {l.name}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
          </div>
        </Container>
      </section>
      <Container>
        <section aria-labelledby="messages-title">
          <h2 id="messages-title" className="text-2xl font-semibold">
            {c.headings.messages}
          </h2>
          <ul className="mt-5 grid gap-4 sm:grid-cols-3">
            {c.messages.map((m) => (
              <li key={m} className="rounded-lg border border-line bg-surface p-5 text-lg leading-snug font-medium">
                {m}
              </li>
            ))}
          </ul>
        </section>
        <p className="mt-8 max-w-3xl rounded-lg border-s-4 border-warning bg-warning-soft p-5">{c.safetyNote}</p>
        <div className="mt-10 grid gap-10 md:grid-cols-2">
          <BulletSection id="signs-title" heading={c.headings.signs} items={c.signs} />
          <BulletSection id="tips-title" heading={c.headings.tips} items={c.tips} />
        </div>
        <HelpContacts heading={c.headings.help} contacts={c.contacts} hoursLabel={c.hoursLabel} fallback={c.fallback} />
        {c.logos.length ? (
          <section aria-labelledby="partners-title" className="mt-12">
            <h2 id="partners-title" className="text-lg font-semibold">
              {l.logos}
            </h2>
            <ul className="mt-4 flex flex-wrap items-center gap-8">
              {c.logos.map((l) => (
                <li key={l.id}>
                  <img src={`/campaign-logos/${c.id}/${l.id}`} alt={l.name} width={Math.round((48 * l.width) / l.height)} height={48} className="h-12 w-auto" />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {c.hasKit ? (
          <section aria-labelledby="partners-kit" className="mt-12 rounded-lg border border-line p-6">
            <h2 id="partners-kit" className="text-lg font-semibold">
              {l.partnersTitle}
            </h2>
            <p className="mt-2 text-muted">{l.partnersLead}</p>
            <p className="mt-4">
              <a href={`/c/${c.slug}/kit.zip`} download className="font-medium">
                {l.partnersDownload}
              </a>
            </p>
          </section>
        ) : null}
        <CitedSources sources={c.sources} title={l.sources} />
      </Container>
    </div>
  );
}

/** A headed list of short points (the signs of stalkerware, the safety tips). */
function BulletSection({ id, heading, items }: { id: string; heading: string; items: string[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-2xl font-semibold">
        {heading}
      </h2>
      <ul className="mt-4 list-disc space-y-2 ps-5">
        {items.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </section>
  );
}
