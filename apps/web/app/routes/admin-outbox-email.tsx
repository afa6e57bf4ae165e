import { getOutboxEmail } from '@destalk/core/admin/outbox';
import { Card, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Route } from './+types/admin-outbox-email';
import { requireActor } from '../lib/actor.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { formatDateTime } from '../lib/format.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const email = await getOutboxEmail(context.platform, actor, params.emailId);
    return { title: t('admin:outbox.messageTitle', { to: email.to }), email: { ...email, createdAt: formatDateTime(email.createdAt, locale) } };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function AdminOutboxEmail({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={d.email.subject} eyebrow={t('admin:outbox.messageTitle', { to: d.email.to })} lead={d.email.createdAt} />
      <Card>
        <pre className="whitespace-pre-wrap break-words font-sans text-base" data-email-text>
          {d.email.text}
        </pre>
      </Card>
      <p className="mt-6">
        <Link to="/admin/outbox">{t('common:actions.back')}</Link>
      </p>
    </>
  );
}
