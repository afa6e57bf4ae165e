import { buttonClass, Card, Container } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Route } from './+types/home';
import { Sources } from '../components/sources.tsx';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { t } = await getTranslator(request, context);
  const actor = await context.actor();
  return { title: t('public:home.title'), appName: context.platform.config.appName, signedIn: Boolean(actor) };
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

const OFFER = ['learn', 'practise', 'raise', 'gather', 'prove'] as const;
const ICONS: Record<(typeof OFFER)[number], string> = {
  learn: 'M4 6.5 12 3l8 3.5-8 3.5-8-3.5Zm3 2v5c0 1.7 2.2 3 5 3s5-1.3 5-3v-5',
  practise: 'M9 3h6v3H9zM6 5h12v16H6zM9 11h6M9 15h4',
  raise: 'M4 10v4l11 5V5L4 10Zm11 2h3m-1-5 2-2m-2 11 2 2',
  gather: 'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM3 20c0-3 2.2-5 5-5s5 2 5 5m-2-5c.8-.6 2-1 3-1 2.8 0 5 2 5 5',
  prove: 'M4 20V10m6 10V4m6 16v-7m5 7H3',
};

export default function Home({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <Container size="wide">
      <section className="grid gap-10 lg:grid-cols-[1.4fr_1fr] lg:items-center">
        <div>
          <h1 className="text-4xl sm:text-5xl">{t('public:home.title')}</h1>
          <p className="mt-5 max-w-2xl text-xl text-muted">{t('public:home.lead', { appName: loaderData.appName })}</p>
          <p className="mt-4 max-w-2xl text-muted">{t('public:home.audience')}</p>
          {loaderData.signedIn ? null : (
            <div className="mt-8 flex flex-wrap gap-3">
              <Link to="/sign-up" className={buttonClass('primary')}>
                {t('public:home.getStarted')}
              </Link>
              <Link to="/sign-in" className={buttonClass('secondary')}>
                {t('public:home.signIn')}
              </Link>
            </div>
          )}
        </div>
        <Card as="div" className="border-accent/30 bg-accent-soft!">
          <h2 className="text-xl">{t('public:home.survivorTitle')}</h2>
          <p className="mt-3">{t('public:home.survivorText')}<sup><a href="#sources-title">[1]</a></sup></p>
          <ul className="mt-3 list-disc space-y-2 ps-5">
            <li>{t('public:home.survivorAdvice1')}<sup><a href="#sources-title">[2]</a></sup></li>
            <li>{t('public:home.survivorAdvice2')}<sup><a href="#sources-title">[2]</a></sup></li>
            <li>{t('public:home.survivorAdvice3')}<sup><a href="#sources-title">[3]</a></sup></li>
          </ul>
          <p className="mt-4">
            <Link to="/browsing-safely" className="font-semibold">
              {t('public:home.survivorMore')}
            </Link>
          </p>
        </Card>
      </section>

      <section aria-labelledby="offer-title" className="mt-16">
        <h2 id="offer-title" className="text-2xl">
          {t('public:home.offerTitle')}
        </h2>
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {OFFER.map((key) => (
            <li key={key}>
              <Card as="article" className="h-full">
                <svg aria-hidden="true" viewBox="0 0 24 24" className="size-9 rounded-md bg-accent-soft p-1.5 text-accent" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
                  <path d={ICONS[key]} />
                </svg>
                <h3 className="mt-3 text-lg">{t(`public:home.${key}.title`)}</h3>
                <p className="mt-2 text-muted">{t(`public:home.${key}.text`)}</p>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="safety-title" className="mt-16 max-w-3xl">
        <h2 id="safety-title" className="text-2xl">
          {t('public:home.safetyTitle')}
        </h2>
        <p className="mt-3 text-muted">{t('public:home.safetyText')}</p>
      </section>

      <Sources keys={['cas', 'nnedvPlan', 'ec112']} title={t('public:browsing.sourcesTitle')} />
    </Container>
  );
}
