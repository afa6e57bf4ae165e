import { AppError } from '@destalk/core/errors';
import { runCheck } from '@destalk/core/stalkerware/commands/run-check';
import { saveReport } from '@destalk/core/stalkerware/commands/saved-reports';
import { authorizeCheck } from '@destalk/core/stalkerware/policies';
import { activeFeedSet } from '@destalk/core/stalkerware/queries/feeds';
import { signReport, verifyReport } from '@destalk/core/stalkerware/report-token';
import type { Translate } from '@destalk/core/i18n/translator';
import { CHECK_INPUT_KINDS, type CheckInputKind, FILE_ONLY_KINDS, GATE_POINTS, gateInput } from '@destalk/core/stalkerware/schema';
import { parseInput } from '@destalk/core/validation';
import { IocInputError, type Report, renderReportJson } from '@destalk/ioc';
import { Alert, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { data } from 'react-router';
import type { Route } from './+types/tools-stalkerware-check';
import { CheckGate } from '../components/check-gate.tsx';
import { CheckInputForm } from '../components/check-input-form.tsx';
import { CheckReport } from '../components/check-report.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { readCheckUpload, UploadTooLargeError } from '../lib/check-upload.server.ts';
import type { FormState } from '../lib/form-state.ts';
import { failureState, handleForm, readForm } from '../lib/forms.server.ts';
import { guides } from '../lib/guides.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { reportDocument } from '../lib/report-document.server.tsx';
import { reportLabels } from '../lib/report-labels.ts';
import { presentReport } from '../lib/report-view.server.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    authorizeCheck(actor, 'check.run');
    return {
      title: t('check:title'),
      hasFeeds: Boolean(await activeFeedSet(context.platform)),
      maxMb: Math.floor(context.platform.config.iocMaxUploadBytes / 1024 / 1024),
      retentionDays: context.platform.config.iocReportRetentionDays,
      organisations: actor.memberships.map((m) => ({ id: m.organisationId, name: m.organisationName })),
      guides: guides.list(locale).map(({ guide }) => ({ slug: guide.slug, title: guide.title })),
    };
  });
}

const dataUrl = (type: string, text: string) => `data:${type};charset=utf-8;base64,${Buffer.from(text).toString('base64')}`;

/** What the page needs to show a report: the translated view, downloads, and a signed copy for saving. */
async function reportResult(report: Report, context: Route.ActionArgs['context'], t: Translate, locale: string) {
  const view = presentReport(report, await activeFeedSet(context.platform), t, locale);
  return {
    step: 'report' as const,
    view,
    token: signReport(report, context.platform.config.sessionSecret, context.platform.clock.now()),
    jsonHref: dataUrl('application/json', renderReportJson(report)),
    htmlHref: dataUrl('text/html', reportDocument(view, reportLabels(t), t('check:report.title'), locale)),
  };
}

/** The upload: gate re-checked, the input scanned as it streams in, the report sent back (not stored). */
async function scan({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  const { fields, file } = await readCheckUpload(request, context.platform.config.iocMaxUploadBytes);
  const values = Object.fromEntries(Object.entries(fields).filter(([k]) => k !== 'text'));
  const fail = (state: FormState, status: number) => data({ ...state, intent: 'scan', values }, { status });
  try {
    parseInput(gateInput, fields);
    const kind = (CHECK_INPUT_KINDS as readonly string[]).includes(fields.kind ?? '') ? (fields.kind as CheckInputKind) : undefined;
    if (!kind) return fail({ formErrors: [], fieldErrors: { kind: [t('validation:invalidInput')] }, values }, 422);
    const text = fields.text?.trim() ?? '';
    if (!file && (FILE_ONLY_KINDS.has(kind) || !text)) return fail({ formErrors: [], fieldErrors: { file: [t('check:input.missing')] }, values }, 422);
    const report = await runCheck(context.platform, actor, file ? { kind, name: file.name, source: file.stream } : { kind, name: t('check:input.pastedName'), source: text }, request.signal);
    return await reportResult(report, context, t, locale);
  } catch (error) {
    file?.stream.resume();
    if (error instanceof UploadTooLargeError) return fail({ formErrors: [], fieldErrors: { file: [t('check:input.tooLarge')] }, values }, 413);
    if (error instanceof IocInputError) return fail({ formErrors: [], fieldErrors: { file: [t(`check:errors.${error.code}`)] }, values }, 422);
    if (error instanceof AppError && error.code === 'conflict') return fail({ formErrors: [t('check:input.noFeeds')], fieldErrors: {}, values }, 409);
    const failure = failureState(error, request, t, values, 'scan');
    return data({ ...failure.state, values }, { status: failure.status });
  }
}

/** Saving: on a problem the report is shown again from its signed token (nothing was stored). */
async function save({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  const form = await readForm(request);
  try {
    await saveReport(context.platform, actor, form, context.requestId);
    return { step: 'saved' as const };
  } catch (error) {
    const failure = failureState(error, request, t, form, 'save');
    const report = verifyReport(form.token ?? '', context.platform.config.sessionSecret, context.platform.clock.now());
    if (!report) return data(failure.state, { status: failure.status });
    const result = await reportResult(report, context, t, locale);
    return data({ ...failure.state, ...result }, { status: failure.status });
  }
}

export async function action(args: Route.ActionArgs) {
  const { request, context } = args;
  if ((request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) return scan(args);
  if ((await request.clone().formData()).get('intent') === 'save') return save(args);
  const actor = await requireActor(request, context);
  return handleForm(
    request,
    context,
    async (form) => {
      authorizeCheck(actor, 'check.run');
      parseInput(gateInput, form);
      return { step: 'input' as const, gate: Object.fromEntries(GATE_POINTS.map((p) => [p, 'yes'])) };
    },
    () => 'gate',
  );
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d, matches);

type Step = 'gate' | 'input' | 'report' | 'saved';

function stepOf(actionData: unknown): Step {
  if (!actionData || typeof actionData !== 'object') return 'gate';
  if ('view' in actionData) return 'report';
  if ('step' in actionData) return actionData.step as Step;
  const intent = (actionData as FormState).intent;
  return intent === 'scan' ? 'input' : 'gate';
}

export default function StalkerwareCheck({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const step = stepOf(actionData);
  const state = actionData && 'fieldErrors' in actionData ? (actionData as FormState) : undefined;
  return (
    <>
      <PageHeader title={t('check:title')} lead={t('check:lead')} />
      {!d.hasFeeds ? (
        <Alert tone="warning">{t('check:input.noFeeds')}</Alert>
      ) : step === 'gate' ? (
        <CheckGate state={state} guides={d.guides} />
      ) : step === 'input' ? (
        <CheckInputForm state={state} maxMb={d.maxMb} />
      ) : step === 'saved' ? (
        <Alert tone="success" live>
          {t('check:report.saved')}
        </Alert>
      ) : actionData && 'view' in actionData ? (
        <CheckReport result={actionData} organisations={d.organisations} retentionDays={d.retentionDays} state={state} />
      ) : null}
    </>
  );
}
