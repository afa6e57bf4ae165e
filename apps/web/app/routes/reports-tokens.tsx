import { reportScopesOf, scopeKey } from '@destalk/core/reports/scope';
import { apiTokensOf, createApiToken, revokeApiToken } from '@destalk/core/reports/tokens';
import { Alert, Badge, buttonClass, Card, PageHeader, SelectField, Table, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { data, Form, Link } from 'react-router';
import type { Route } from './+types/reports-tokens';
import { FormErrors } from '../components/form-errors.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { formatDateTime } from '../lib/format.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { requestedScope } from '../lib/reports.server.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    // Whoever may read a report may manage its tokens (requestedScope authorizes the first scope).
    await requestedScope(context.platform, actor, new URLSearchParams());
    const scopes = (await reportScopesOf(context.platform, actor)).filter((s) => s.scope.kind !== 'platform');
    const tokens = await apiTokensOf(context.platform, actor);
    return {
      title: t('reports:api.title'),
      apiUrl: `${context.platform.config.publicUrl}/api/v1/reports`,
      scopes: scopes.map((s) => ({ value: scopeKey(s.scope), label: s.scope.kind === 'region' ? t('reports:filters.region', { name: s.name }) : s.name })),
      tokens: tokens.map((k) => ({ ...k, created: formatDateTime(k.createdAt, locale), lastUsed: k.lastUsedAt ? formatDateTime(k.lastUsedAt, locale) : t('reports:api.never'), revoked: k.revokedAt ? t('reports:api.revoked', { date: formatDateTime(k.revokedAt, locale) }) : null })),
    };
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(
    request,
    context,
    async (form) => {
      if (form.intent === 'revoke') {
        await revokeApiToken(context.platform, actor, form.tokenId ?? '', context.requestId);
        return { revoked: true };
      }
      const { token } = await createApiToken(context.platform, actor, { name: form.name, scope: form.scope }, context.requestId);
      // Shown once, in this response only; never stored or logged.
      return data({ token }, { headers: { 'Cache-Control': 'no-store' } });
    },
    (form) => form.intent,
  );
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d, matches);

export default function ReportTokens({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const state = stateFor(actionData);
  const token = actionData && 'token' in actionData ? (actionData.token as string) : null;
  const revoked = actionData && 'revoked' in actionData;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link to="/reports">{t('reports:title')}</Link>
      </p>
      <PageHeader title={t('reports:api.title')} lead={t('reports:api.lead')} />
      <p className="-mt-4 mb-6">
        <a href="/api/v1/openapi.json">{t('reports:api.docs')}</a>
      </p>
      {token ? (
        <Alert tone="success" className="mb-6">
          <p className="font-semibold">{t('reports:api.created')}</p>
          <label htmlFor="new-token" className="mt-2 block text-sm">
            {t('reports:api.tokenLabel')}
          </label>
          <input id="new-token" readOnly value={token} className="mt-1 w-full rounded-md border border-line-strong bg-surface px-3 py-2 font-mono text-sm" data-new-token />
          <p className="mt-2 text-sm">{t('reports:api.usage', { url: d.apiUrl })}</p>
        </Alert>
      ) : null}
      {revoked ? (
        <Alert tone="success" className="mb-6">
          {t('reports:api.revokedNotice')}
        </Alert>
      ) : null}
      {d.tokens.length === 0 ? (
        <p className="mb-8 text-muted">{t('reports:api.none')}</p>
      ) : (
        <Table caption={t('reports:api.caption')} captionHidden>
          <thead>
            <tr>
              {(['name', 'scope', 'created', 'lastUsed', 'status'] as const).map((c) => (
                <th key={c} scope="col">
                  {t(`reports:api.columns.${c}`)}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">{t('reports:api.revoke')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {d.tokens.map((k) => (
              <tr key={k.id}>
                <td className="font-medium">{k.name}</td>
                <td>{k.scopeName}</td>
                <td>
                  {k.created} · {k.createdBy}
                </td>
                <td>{k.lastUsed}</td>
                <td>{k.revoked ? <Badge tone="neutral">{k.revoked}</Badge> : <Badge tone="success">{t('reports:api.active')}</Badge>}</td>
                <td>
                  {k.revoked ? null : (
                    <Form method="post">
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="tokenId" value={k.id} />
                      <button type="submit" className={buttonClass('secondary')} aria-label={t('reports:api.revokeLabel', { name: k.name })}>
                        {t('reports:api.revoke')}
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Card className="mt-8 max-w-2xl" aria-labelledby="new-token-title">
        <h2 id="new-token-title" className="text-xl font-semibold">
          {t('reports:api.createTitle')}
        </h2>
        <Form method="post" className="mt-4 flex flex-col gap-4" noValidate>
          <input type="hidden" name="intent" value="create" />
          <FormErrors state={state} />
          <TextField name="name" label={t('reports:api.name')} description={t('reports:api.nameHint')} defaultValue={state?.values.name ?? ''} errors={state?.fieldErrors.name} />
          <SelectField name="scope" label={t('reports:api.scope')} options={d.scopes} defaultValue={state?.values.scope ?? d.scopes[0]?.value} errors={state?.fieldErrors.scope} />
          <button type="submit" className={buttonClass('primary', 'self-start')}>
            {t('reports:api.create')}
          </button>
        </Form>
      </Card>
    </>
  );
}
