import { revokeOtherSessions, revokeSession } from '@destalk/core/accounts/commands/revoke-session';
import { listSessions } from '@destalk/core/accounts/queries/list-sessions';
import { Alert, Badge, Button, PageHeader, Table } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/account-sessions';
import { requireActor } from '../lib/actor.server.ts';
import { handleForm } from '../lib/forms.server.ts';
import { formatDateTime } from '../lib/format.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { requestMeta } from '../lib/request-meta.server.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  const sessions = await listSessions(context.platform, actor);
  return {
    title: t('account:sessions.title'),
    sessions: sessions.map((s) => ({ ...s, createdAt: formatDateTime(s.createdAt, locale), lastActiveAt: formatDateTime(s.lastActiveAt, locale) })),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  const meta = await requestMeta(request, context);
  return handleForm(
    request,
    context,
    async (form) => {
      if (form.intent === 'others') return { signedOut: await revokeOtherSessions(context.platform, actor, meta) };
      if (form.intent !== 'revoke' || !form.sessionId) throw data({ code: 'bad_request' }, { status: 400 });
      await revokeSession(context.platform, actor, form.sessionId, meta);
      // Signing out this very device ends here: back to sign-in.
      if (form.sessionId === actor.sessionId) throw redirect('/sign-in?notice=signed-out');
      return { signedOut: 1, one: true };
    },
    (form) => form.intent,
  );
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d, matches);

export default function AccountSessions({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const result = actionData && 'signedOut' in actionData ? actionData : undefined;
  const others = d.sessions.filter((s) => !s.current).length;
  return (
    <>
      <PageHeader title={t('account:sessions.title')} lead={t('account:sessions.lead')} />
      <div className="flex flex-col gap-6">
        {result ? (
          <Alert tone="success" live>
            {'one' in result ? t('account:sessions.signedOutOne') : t('account:sessions.signedOutOthers', { count: result.signedOut })}
          </Alert>
        ) : null}
        <Table caption={t('account:sessions.caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('account:sessions.deviceColumn')}</th>
              <th scope="col">{t('account:sessions.activityColumn')}</th>
              <th scope="col">
                <span className="sr-only">{t('account:sessions.actionColumn')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {d.sessions.map((s) => (
              <tr key={s.id}>
                <td>
                  <span className="font-medium">{s.browser && s.system ? t('account:sessions.deviceOn', { browser: s.browser, system: s.system }) : s.browser ?? s.system ?? t('account:sessions.unknownDevice')}</span>{' '}
                  {s.current ? <Badge tone="accent">{t('account:sessions.current')}</Badge> : null}
                </td>
                <td className="text-muted">
                  <div>{t('account:sessions.lastActive', { date: s.lastActiveAt })}</div>
                  <div className="text-xs">{t('account:sessions.signedInAt', { date: s.createdAt })}</div>
                </td>
                <td className="text-right">
                  <Form method="post">
                    <input type="hidden" name="intent" value="revoke" />
                    <input type="hidden" name="sessionId" value={s.id} />
                    <Button type="submit" variant="secondary">
                      {t('account:sessions.signOut')}
                    </Button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
        {others > 0 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="others" />
            <Button type="submit" variant="danger">
              {t('account:sessions.signOutOthers')}
            </Button>
          </Form>
        ) : null}
      </div>
    </>
  );
}
