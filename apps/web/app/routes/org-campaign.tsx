import { addCampaignLogo, publishCampaign, removeCampaignLogo, saveCampaignBasics, saveCampaignColours, saveCampaignContacts, saveCampaignMessages, saveCampaignTheme, unpublishCampaign } from '@destalk/core/campaigns/commands/authoring';
import { requestCampaignKit } from '@destalk/core/campaigns/commands/kit';
import { campaignForEditing } from '@destalk/core/campaigns/queries/campaigns';
import { MAX_LOGOS } from '@destalk/core/campaigns/schema';
import { CAMPAIGN_AUDIENCES } from '@destalk/core/campaigns/theme-schema';
import { campaignContent } from '@destalk/core/campaigns/themes';
import { AppError } from '@destalk/core/errors';
import { isLocale, SUPPORTED_LOCALES } from '@destalk/core/i18n/locales';
import { Alert, Badge, PageHeader } from '@destalk/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { data, Link, redirect } from 'react-router';
import type { Route } from './+types/org-campaign';
import { KitStep, ReachTable } from '../components/campaigns/kit-step.tsx';
import { PreviewPanel } from '../components/campaigns/preview-panel.tsx';
import { BUILDER_STEPS, type BuilderStep, StepNav } from '../components/campaigns/step-nav.tsx';
import { BasicsStep, CONTACT_ROWS, ContactsStep, MessagesStep, ThemeStep } from '../components/campaigns/text-steps.tsx';
import { ColoursStep, LogosStep } from '../components/campaigns/visual-steps.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { formatDateTime } from '../lib/format.ts';
import { failureState } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { noticeFrom } from '../lib/notice.ts';

const NOTICES = ['saved', 'published', 'unpublished', 'kitRequested', 'logoAdded', 'logoRemoved'] as const;
const stepOf = (request: Request): BuilderStep => {
  const step = new URL(request.url).searchParams.get('step');
  return (BUILDER_STEPS as readonly string[]).includes(step ?? '') ? (step as BuilderStep) : 'basics';
};

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    // campaignForEditing authorizes: coordinators of the campaign's organisation, platform admins.
    const c = await campaignForEditing(context.platform, actor, params.campaignId);
    if (c.organisationId !== params.organisationId) throw new AppError('not_found');
    const content = campaignContent(context.platform.config.campaignsDir);
    const theme = content.theme(c.theme) ?? content.themes[0]!;
    const asked = new URL(request.url).searchParams.get('lang');
    const previewLang = isLocale(asked) && c.languages.includes(asked) ? asked : c.languages[0]!;
    const audienceName = (a: string) => t(`campaigns:audiences.${a}` as 'campaigns:audiences.general_public');
    const step = stepOf(request);
    const done = new Set<BuilderStep>(['basics', 'theme', 'colours']);
    if (c.languages.every((l) => c.messages[l]?.length)) done.add('messages');
    if (c.contacts.length) done.add('contacts');
    if (c.logos.length) done.add('logos');
    if (c.kits.some((k) => k.status === 'done')) done.add('kit');
    return {
      title: c.name,
      step,
      done: [...done],
      notice: noticeFrom(request, NOTICES),
      campaign: { ...c, kits: c.kits.map((k) => ({ ...k, when: formatDateTime(k.createdAt, locale) })) },
      previewLang,
      assets: theme.structure.assets.map((a) => a.key),
      themeColours: theme.structure.colours,
      audiences: CAMPAIGN_AUDIENCES.map((a) => ({ value: a, label: audienceName(a) })),
      themes: content.themes.map((th) => {
        const texts = content.textsOf(th, locale);
        return { slug: th.structure.slug, name: texts.name, description: texts.description, audiences: th.structure.audiences, audienceNames: th.structure.audiences.map(audienceName).join(', '), colours: th.structure.colours };
      }),
      messageOptions: c.languages.map((l) => ({ code: l, options: content.textsOf(theme, l).messages, chosen: c.messages[l] ?? [] })),
      publicUrl: `${context.platform.config.publicUrl}/c/${c.slug}`,
      locale,
    };
  });
}

const str = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
};

/** Key messages from the form: for each language, the ticked options in the theme's order, with their wording. */
function messagesFrom(form: FormData, languages: string[], keys: string[]) {
  return Object.fromEntries(languages.map((l) => [l, keys.filter((k) => form.get(`use.${l}.${k}`)).map((k) => ({ key: k, text: str(form, `text.${l}.${k}`) }))]));
}

/** Up to four help contacts; a block left completely empty is dropped. */
function contactsFrom(form: FormData) {
  return Array.from({ length: CONTACT_ROWS }, (_, i) => ({ name: str(form, `contacts.${i}.name`), phone: str(form, `contacts.${i}.phone`), web: str(form, `contacts.${i}.web`), hours: str(form, `contacts.${i}.hours`) })).filter((c) => c.name || c.phone || c.web || c.hours);
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  const { t } = await getTranslator(request, context);
  const form = await request.formData();
  const intent = str(form, 'intent');
  const values = Object.fromEntries([...form].filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  const base = `/org/${encodeURIComponent(params.organisationId)}/campaigns/${encodeURIComponent(params.campaignId)}`;
  const go = (step: BuilderStep, notice: (typeof NOTICES)[number]) => redirect(`${base}?step=${step}&notice=${notice}`);
  try {
    const c = await campaignForEditing(context.platform, actor, params.campaignId);
    if (c.organisationId !== params.organisationId) throw new AppError('not_found');
    const p = context.platform;
    switch (intent) {
      case 'basics':
        await saveCampaignBasics(p, actor, c.id, { name: str(form, 'name'), slug: str(form, 'slug'), audience: str(form, 'audience'), languages: SUPPORTED_LOCALES.filter((l) => form.get(`languages.${l}`)) });
        return go('theme', 'saved');
      case 'theme':
        await saveCampaignTheme(p, actor, c.id, { theme: str(form, 'theme') });
        return go('messages', 'saved');
      case 'messages': {
        const theme = campaignContent(p.config.campaignsDir).theme(c.theme);
        await saveCampaignMessages(p, actor, c.id, messagesFrom(form, c.languages, theme?.texts.en.messages.map((m) => m.key) ?? []));
        return go('contacts', 'saved');
      }
      case 'contacts':
        await saveCampaignContacts(p, actor, c.id, contactsFrom(form));
        return go('logos', 'saved');
      case 'addLogo': {
        const file = form.get('logo');
        const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
        await addCampaignLogo(p, actor, c.id, { name: str(form, 'name') }, bytes);
        return go('logos', 'logoAdded');
      }
      case 'removeLogo':
        await removeCampaignLogo(p, actor, c.id, str(form, 'logoId'));
        return go('logos', 'logoRemoved');
      case 'colours': {
        const theme = campaignContent(p.config.campaignsDir).theme(c.theme);
        const colours = form.get('reset') && theme ? theme.structure.colours : { background: str(form, 'background'), text: str(form, 'text'), accent: str(form, 'accent') };
        await saveCampaignColours(p, actor, c.id, colours);
        return go(form.get('reset') ? 'colours' : 'kit', 'saved');
      }
      case 'generate':
        await requestCampaignKit(p, actor, c.id, context.requestId);
        return go('kit', 'kitRequested');
      case 'publish':
        await publishCampaign(p, actor, c.id, context.requestId);
        return go('kit', 'published');
      case 'unpublish':
        await unpublishCampaign(p, actor, c.id, context.requestId);
        return go('kit', 'unpublished');
      default:
        throw new AppError('bad_request');
    }
  } catch (error) {
    if (error instanceof Response) throw error;
    const { state, status, headers } = failureState(error, request, t, values, intent);
    return data(state, { status, headers });
  }
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d, matches);

export default function OrgCampaign({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const c = d.campaign;
  const base = `/org/${c.organisationId}/campaigns/${c.id}`;
  const state = stateFor(actionData);
  const [tried, setTried] = useState<{ background: string; text: string; accent: string } | undefined>();
  const steps: Record<BuilderStep, () => React.ReactNode> = {
    basics: () => <BasicsStep state={state} name={c.name} slug={c.slug} slugLocked={c.status !== 'draft'} pageUrl={d.publicUrl} languages={c.languages} audience={c.audience} audiences={d.audiences} region={c.regionName} organisation={c.organisationName} />,
    theme: () => <ThemeStep state={state} current={c.theme} audience={c.audience} themes={d.themes} />,
    messages: () => <MessagesStep state={state} languages={d.messageOptions} />,
    contacts: () => <ContactsStep state={state} contacts={c.contacts} />,
    logos: () => <LogosStep state={state} logos={c.logos} campaignId={c.id} canAdd={c.logos.length < MAX_LOGOS} />,
    colours: () => <ColoursStep state={state} colours={c.colours} themeColours={d.themeColours} onTry={setTried} />,
    kit: () => <KitStep state={state} base={base} kits={c.kits} status={c.status} publicUrl={d.publicUrl} hasContacts={c.contacts.length > 0} locale={d.locale} />,
  };
  return (
    <>
      <p className="mb-2 text-sm">
        <Link to={`/org/${c.organisationId}/campaigns`}>{t('campaigns:builder.back')}</Link>
      </p>
      <PageHeader title={c.name} eyebrow={`${c.organisationName} · ${c.regionName}`} />
      <p className="-mt-4 mb-6 flex flex-wrap items-center gap-3">
        <Badge tone={c.status === 'published' ? 'success' : c.status === 'draft' ? 'warning' : 'neutral'}>{t(`campaigns:statuses.${c.status}`)}</Badge>
        {c.status === 'published' ? (
          <a href={d.publicUrl} className="text-sm">
            {t('campaigns:builder.viewPage')}
          </a>
        ) : null}
      </p>
      <StepNav base={base} current={d.step} done={new Set(d.done)} />
      {d.notice && !(d.notice === 'kitRequested' && c.kits[0]?.status === 'done') ? (
        <Alert tone="success" className="mb-6">
          {t(`campaigns:builder.notices.${d.notice}`)}
        </Alert>
      ) : null}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0">{steps[d.step]()}</div>
        <aside className="lg:sticky lg:top-4 lg:self-start">
          <PreviewPanel base={base} step={d.step} version={c.updatedAt} languages={c.languages} lang={d.previewLang} assets={d.assets} colours={d.step === 'colours' ? tried : undefined} />
        </aside>
      </div>
      {d.step === 'kit' ? <ReachTable totals={c.reach.totals} days={c.reach.days} /> : null}
    </>
  );
}
