import { inviteMember, revokeInvitation } from '@destalk/core/organisations/commands/invite-member';
import { changeMemberRole, removeMember } from '@destalk/core/organisations/commands/manage-members';
import { listMembers, listPendingInvitations } from '@destalk/core/organisations/queries/members';
import { getOrganisation } from '@destalk/core/organisations/queries/organisations';
import { MEMBER_ROLES } from '@destalk/core/organisations/schema';
import { Alert, Badge, Button, Card, PageHeader, Table } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { data, Form } from 'react-router';
import type { Route } from './+types/org-members';
import { FormErrors } from '../components/form-errors.tsx';
import { InviteForm } from '../components/invite-form.tsx';
import { OrgTabs } from '../components/org-tabs.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { countryName, formatDate } from '../lib/format.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const organisation = await getOrganisation(context.platform, actor, params.organisationId);
    const members = await listMembers(context.platform, actor, params.organisationId);
    const invitations = await listPendingInvitations(context.platform, actor, params.organisationId);
    return {
      title: organisation.name,
      organisation: { id: organisation.id, name: organisation.name, details: t('org:details', { sector: t(`domain:sector.${organisation.sector}`), country: countryName(organisation.countryCode, locale), region: organisation.regionName }) },
      actorUserId: actor.userId,
      members: members.map((m) => ({ ...m, joinedAt: formatDate(m.joinedAt, locale) })),
      invitations: invitations.map((i) => ({ ...i, expiresAt: formatDate(i.expiresAt, locale) })),
    };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  const organisationId = params.organisationId;
  return handleForm(
    request,
    context,
    async (form, t) => {
      switch (form.intent) {
        case 'invite': {
          const sent = await inviteMember(context.platform, actor, organisationId, form, context.requestId);
          return { done: t('org:invite.sent', { email: sent.email }) };
        }
        case 'role':
          await changeMemberRole(context.platform, actor, organisationId, form.membershipId ?? '', form, context.requestId);
          return { done: t('org:members.roleChanged') };
        case 'remove':
          await removeMember(context.platform, actor, organisationId, form.membershipId ?? '', context.requestId);
          return { done: t('org:members.removed', { name: form.name ?? '' }) };
        case 'revoke':
          await revokeInvitation(context.platform, actor, organisationId, form.invitationId ?? '', context.requestId);
          return { done: t('org:invite.revoked') };
        default:
          throw data({ code: 'bad_request' }, { status: 400 });
      }
    },
    (form) => (form.intent === 'invite' ? 'invite' : 'members'),
  );
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d, matches);

export default function OrgMembers({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const done = actionData && 'done' in actionData ? actionData.done : undefined;
  return (
    <>
      <PageHeader eyebrow={t('org:eyebrow')} title={d.organisation.name} lead={d.organisation.details} />
      <OrgTabs organisationId={d.organisation.id} />
      <div className="flex flex-col gap-8">
        {done ? (
          <Alert tone="success" live>
            {done}
          </Alert>
        ) : null}
        <FormErrors state={stateFor(actionData, 'members')} />
        <section aria-labelledby="members-title" className="flex flex-col gap-3">
          <h2 id="members-title" className="text-2xl">
            {t('org:members.title')}
          </h2>
          <Table caption={t('org:members.caption', { organisation: d.organisation.name })} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t('org:members.name')}</th>
                <th scope="col">{t('org:members.role')}</th>
                <th scope="col">{t('org:members.security')}</th>
                <th scope="col">{t('org:members.joined')}</th>
                <th scope="col">{t('org:members.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {d.members.map((m) => (
                <tr key={m.membershipId}>
                  <td>
                    <div className="font-medium">
                      {m.name} {m.userId === d.actorUserId ? <span className="text-muted">{t('org:members.you')}</span> : null}
                    </div>
                    <div className="text-muted">{m.email}</div>
                  </td>
                  <td>
                    <Form method="post" className="flex items-center gap-2 whitespace-nowrap">
                      <input type="hidden" name="intent" value="role" />
                      <input type="hidden" name="membershipId" value={m.membershipId} />
                      <label className="sr-only" htmlFor={`role-${m.membershipId}`}>
                        {t('org:members.roleFor', { name: m.name })}
                      </label>
                      <select id={`role-${m.membershipId}`} name="role" defaultValue={m.role} className="rounded-md border border-line-strong bg-surface px-2 py-1.5">
                        {MEMBER_ROLES.map((r) => (
                          <option key={r} value={r}>
                            {t(`domain:roleTitle.${r}`)}
                          </option>
                        ))}
                      </select>
                      <Button type="submit" variant="secondary" className="min-h-9 px-3 py-1.5">
                        {t('org:members.changeRole')}
                      </Button>
                    </Form>
                  </td>
                  <td>{m.twoFactorEnabled ? <Badge tone="success">{t('org:members.on')}</Badge> : <Badge>{t('org:members.off')}</Badge>}</td>
                  <td className="whitespace-nowrap">{m.joinedAt}</td>
                  <td>
                    <Form method="post">
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="membershipId" value={m.membershipId} />
                      <input type="hidden" name="name" value={m.name} />
                      <Button type="submit" variant="quiet" aria-label={t('org:members.removeFor', { name: m.name })}>
                        {t('org:members.remove')}
                      </Button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>

        <div className="grid gap-6 lg:grid-cols-2">
          <Card aria-labelledby="invite-title">
            <h2 id="invite-title" className="text-xl">
              {t('org:invite.title')}
            </h2>
            <p className="mb-4 mt-1 text-sm text-muted">{t('org:invite.lead')}</p>
            <InviteForm state={stateFor(actionData, 'invite')} />
          </Card>
          <Card aria-labelledby="pending-title">
            <h2 id="pending-title" className="text-xl">
              {t('org:invite.pendingTitle')}
            </h2>
            {d.invitations.length === 0 ? (
              <p className="mt-3 text-muted">{t('org:invite.none')}</p>
            ) : (
              <ul className="mt-3 divide-y divide-line">
                {d.invitations.map((i) => (
                  <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                    <div>
                      <div className="font-medium">{i.email}</div>
                      <div className="text-sm text-muted">
                        {t(`domain:roleTitle.${i.role}`)} · {i.expired ? t('org:invite.expired') : `${t('org:invite.expires')} ${i.expiresAt}`}
                      </div>
                    </div>
                    <Form method="post">
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="invitationId" value={i.id} />
                      <Button type="submit" variant="quiet" aria-label={t('org:invite.revokeFor', { email: i.email })}>
                        {t('org:invite.revoke')}
                      </Button>
                    </Form>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
