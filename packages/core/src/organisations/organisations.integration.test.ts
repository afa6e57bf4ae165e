import { testDialects } from '@destalk/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadActor } from '../accounts/actor.ts';
import { listAuditEvents } from '../audit/list-audit-events.ts';
import { AppError } from '../errors.ts';
import {
  actorFor,
  cookieHeader,
  createOrganisation,
  createUser,
  elevatedActor,
  linkIn,
  outbox,
  requestMeta,
  signInCookie,
} from '../testing/factories.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { acceptInvitation, previewInvitation } from './commands/accept-invitation.ts';
import { acceptInvitationWithNewAccount } from './commands/accept-invitation-with-new-account.ts';
import { inviteMember, revokeInvitation } from './commands/invite-member.ts';
import { changeMemberRole, removeMember } from './commands/manage-members.ts';
import { createOrganisation as createOrganisationCommand } from './commands/manage-organisations.ts';
import { createRegion } from './commands/manage-regions.ts';
import { listMembers, listPendingInvitations } from './queries/members.ts';
import { listOrganisations } from './queries/organisations.ts';
import { errorOf } from '../testing/app-error.ts';

const invitationToken = (link: string) => new URL(link).pathname.split('/').pop()!;

describe.each(testDialects())('organisations on %s', (dialect) => {
  let platform: TestPlatform;
  beforeEach(async () => {
    platform = await createTestPlatform(dialect);
  });
  afterEach(async () => {
    await platform.destroy();
  });

  it('lets an admin create a region and an organisation, refusing a taken short name', async () => {
    const admin = await elevatedActor(platform, { admin: true });
    const region = await createRegion(platform, admin.actor, { name: 'Veneto', slug: 'veneto', countryCode: 'IT', defaultLocale: 'it' });
    const org = await createOrganisationCommand(platform, admin.actor, { name: 'Centro Donna', slug: 'centro-donna', sector: 'womens_support_service', countryCode: 'IT', regionId: region.id });
    expect(org).toMatchObject({ name: 'Centro Donna', sector: 'womens_support_service', regionId: region.id });
    const taken = await errorOf(createOrganisationCommand(platform, admin.actor, { name: 'Other', slug: 'centro-donna', sector: 'health', countryCode: 'IT', regionId: region.id }));
    expect(taken.fields).toEqual({ slug: [{ key: 'validation:slugTaken' }] });
    const list = await listOrganisations(platform, admin.actor);
    expect(list.map((o) => [o.name, o.regionName, o.memberCount])).toEqual([['Centro Donna', 'Veneto', 0]]);
  });

  it('should not let a coordinator create organisations', async () => {
    const org = await createOrganisation(platform);
    const coordinator = await elevatedActor(platform, { memberships: [[org.id, 'coordinator']] });
    const error = await errorOf(createOrganisationCommand(platform, coordinator.actor, { name: 'X', slug: 'x-org', sector: 'other', countryCode: 'IT', regionId: org.regionId }));
    expect(error.code).toBe('forbidden');
    expect(await platform.db.selectFrom('organisations').select('id').execute()).toHaveLength(1);
  });

  it('invites a new person who creates an account from the link and joins with the role', async () => {
    const org = await createOrganisation(platform, { name: 'Safe Harbour' });
    const coordinator = await elevatedActor(platform, { name: 'Chiara', memberships: [[org.id, 'coordinator']] });
    await outbox(platform);
    await platform.db.deleteFrom('outbox_emails').execute();

    await inviteMember(platform, coordinator.actor, org.id, { email: 'New.Person@Example.org', role: 'trainer' });
    const [mail] = await outbox(platform);
    expect(mail).toMatchObject({ toAddress: 'new.person@example.org', template: 'invitation', subject: 'You have been invited to a training space' });
    expect(mail!.textBody).toContain('Chiara invites you to join Safe Harbour on DeStalk as trainer.');
    const token = invitationToken(linkIn(mail!.textBody, platform.config.publicUrl));
    expect(await previewInvitation(platform, token)).toEqual({ organisationName: 'Safe Harbour', role: 'trainer', email: 'new.person@example.org', state: 'pending' });

    const joined = await acceptInvitationWithNewAccount(platform, token, { name: 'Nora', password: 'nora-password-1' }, requestMeta());
    expect(joined.value).toEqual({ organisationId: org.id, twoFactorRequired: false });
    const actor = await actorFor(platform, cookieHeader(joined.setCookies));
    expect(actor.memberships.map((m) => [m.organisationId, m.role])).toEqual([[org.id, 'trainer']]);
    expect((await previewInvitation(platform, token)).state).toBe('used');
    expect((await errorOf(acceptInvitationWithNewAccount(platform, token, { name: 'Eve', password: 'eve-password-1' }, requestMeta()))).code).toBe('gone');
    expect((await listMembers(platform, coordinator.actor, org.id)).map((m) => [m.name, m.role])).toEqual([['Chiara', 'coordinator'], ['Nora', 'trainer']]);
  });

  it('lets a signed-in person accept only an invitation sent to their own address', async () => {
    const org = await createOrganisation(platform);
    const coordinator = await elevatedActor(platform, { memberships: [[org.id, 'coordinator']] });
    const invitee = await createUser(platform, { email: 'invitee@example.org', locale: 'fr' });
    const stranger = await createUser(platform, { email: 'stranger@example.org' });
    await outbox(platform);
    await platform.db.deleteFrom('outbox_emails').execute();
    await inviteMember(platform, coordinator.actor, org.id, { email: 'invitee@example.org', role: 'learner' });
    const [mail] = await outbox(platform);
    expect(mail!.locale).toBe('fr');
    const token = invitationToken(linkIn(mail!.textBody, platform.config.publicUrl));

    const strangerActor = await actorFor(platform, await signInCookie(platform, stranger.email));
    expect((await errorOf(acceptInvitation(platform, strangerActor, token))).fields).toEqual({ _form: [{ key: 'validation:sameEmailRequired' }] });
    const inviteeActor = await actorFor(platform, await signInCookie(platform, invitee.email));
    expect(await acceptInvitation(platform, inviteeActor, token)).toEqual({ organisationId: org.id, role: 'learner' });
    expect((await errorOf(acceptInvitation(platform, inviteeActor, token))).code).toBe('gone');
    // An existing member cannot be invited again.
    const again = await errorOf(inviteMember(platform, coordinator.actor, org.id, { email: 'invitee@example.org', role: 'trainer' }));
    expect(again.fields).toEqual({ email: [{ key: 'validation:alreadyMember' }] });
  });

  it('replaces a pending invitation to the same address and lets the coordinator revoke it', async () => {
    const org = await createOrganisation(platform);
    const coordinator = await elevatedActor(platform, { memberships: [[org.id, 'coordinator']] });
    await inviteMember(platform, coordinator.actor, org.id, { email: 'twice@example.org', role: 'learner' });
    const second = await inviteMember(platform, coordinator.actor, org.id, { email: 'twice@example.org', role: 'trainer' });
    const pending = await listPendingInvitations(platform, coordinator.actor, org.id);
    expect(pending.map((p) => [p.id, p.role])).toEqual([[second.id, 'trainer']]);
    await revokeInvitation(platform, coordinator.actor, org.id, second.id);
    expect(await listPendingInvitations(platform, coordinator.actor, org.id)).toEqual([]);
  });

  it('should not let a coordinator invite into, list or change members of another organisation', async () => {
    const mine = await createOrganisation(platform);
    const theirs = await createOrganisation(platform);
    const member = await createUser(platform, { memberships: [[theirs.id, 'learner']] });
    const membership = await platform.db.selectFrom('memberships').select('id').where('userId', '=', member.userId).executeTakeFirstOrThrow();
    const coordinator = await elevatedActor(platform, { memberships: [[mine.id, 'coordinator']] });
    expect((await errorOf(inviteMember(platform, coordinator.actor, theirs.id, { email: 'x@example.org', role: 'learner' }))).code).toBe('not_found');
    expect((await errorOf(listMembers(platform, coordinator.actor, theirs.id))).code).toBe('not_found');
    expect((await errorOf(changeMemberRole(platform, coordinator.actor, theirs.id, membership.id, { role: 'coordinator' }))).code).toBe('not_found');
    // Naming the other organisation's membership under one's own organisation does not work either.
    expect((await errorOf(changeMemberRole(platform, coordinator.actor, mine.id, membership.id, { role: 'coordinator' }))).code).toBe('not_found');
    expect((await errorOf(removeMember(platform, coordinator.actor, mine.id, membership.id))).code).toBe('not_found');
    expect((await errorOf(listAuditEvents(platform, coordinator.actor, { organisationId: theirs.id }))).code).toBe('not_found');
    const unchanged = await platform.db.selectFrom('memberships').select('role').where('id', '=', membership.id).executeTakeFirstOrThrow();
    expect(unchanged.role).toBe('learner');
  });

  it('requires two-step verification before a coordinator manages members', async () => {
    const org = await createOrganisation(platform);
    const { email } = await createUser(platform, { memberships: [[org.id, 'coordinator']] });
    const actor = await actorFor(platform, await signInCookie(platform, email));
    expect((await errorOf(listMembers(platform, actor, org.id))).code).toBe('two_factor_required');
    expect((await errorOf(inviteMember(platform, actor, org.id, { email: 'x@example.org', role: 'learner' }))).code).toBe('two_factor_required');
  });

  it('changes roles and records each change, but never removes the last coordinator', async () => {
    const org = await createOrganisation(platform);
    const coordinator = await elevatedActor(platform, { memberships: [[org.id, 'coordinator']] });
    const learner = await createUser(platform, { memberships: [[org.id, 'learner']] });
    const members = await listMembers(platform, coordinator.actor, org.id);
    const own = members.find((m) => m.userId === coordinator.userId)!;
    const other = members.find((m) => m.userId === learner.userId)!;

    expect((await errorOf(changeMemberRole(platform, coordinator.actor, org.id, own.membershipId, { role: 'learner' }))).fields).toEqual({ _form: [{ key: 'validation:lastCoordinator' }] });
    expect((await errorOf(removeMember(platform, coordinator.actor, org.id, own.membershipId))).fields).toEqual({ _form: [{ key: 'validation:lastCoordinator' }] });
    await changeMemberRole(platform, coordinator.actor, org.id, other.membershipId, { role: 'coordinator' });
    await changeMemberRole(platform, coordinator.actor, org.id, own.membershipId, { role: 'trainer' });
    const roles = (await platform.db.selectFrom('memberships').select(['userId', 'role']).where('organisationId', '=', org.id).execute()).map((m) => [m.userId, m.role]).sort();
    expect(roles).toEqual([[coordinator.userId, 'trainer'], [learner.userId, 'coordinator']].sort());
    const events = await platform.db.selectFrom('audit_events').select(['event', 'data']).where('event', '=', 'membership.role_changed').orderBy('id').execute();
    expect(events.map((e) => JSON.parse(e.data))).toEqual([{ from: 'learner', to: 'coordinator' }, { from: 'coordinator', to: 'trainer' }]);
  });

  it('keeps exactly one coordinator when 200 concurrent requests demote both coordinators', async () => {
    const org = await createOrganisation(platform);
    const a = await elevatedActor(platform, { memberships: [[org.id, 'coordinator']] });
    const b = await elevatedActor(platform, { memberships: [[org.id, 'coordinator']] });
    const membershipOf = (userId: string) => platform.db.selectFrom('memberships').select('id').where('userId', '=', userId).executeTakeFirstOrThrow();
    const [ma, mb] = [await membershipOf(a.userId), await membershipOf(b.userId)];
    // Open the whole connection pool first, so the requests really run side by side.
    await Promise.all(Array.from({ length: 20 }, () => platform.db.selectFrom('memberships').select('id').execute()));
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        i % 2 === 0
          ? changeMemberRole(platform, a.actor, org.id, mb.id, { role: 'learner' })
          : changeMemberRole(platform, b.actor, org.id, ma.id, { role: 'learner' }),
      ),
    );
    const unexpected = results.filter((r) => r.status === 'rejected' && !(r.reason instanceof AppError && r.reason.fields?._form?.[0]?.key === 'validation:lastCoordinator'));
    expect(unexpected).toEqual([]);
    const coordinators = await platform.db.selectFrom('memberships').select('id').where('organisationId', '=', org.id).where('role', '=', 'coordinator').execute();
    expect(coordinators).toHaveLength(1);
  });

  it('shows a coordinator the audit log of their organisation only', async () => {
    const mine = await createOrganisation(platform);
    const theirs = await createOrganisation(platform);
    const coordinator = await elevatedActor(platform, { name: 'Chiara', memberships: [[mine.id, 'coordinator']] });
    const otherCoordinator = await elevatedActor(platform, { memberships: [[theirs.id, 'coordinator']] });
    await inviteMember(platform, coordinator.actor, mine.id, { email: 'a@example.org', role: 'learner' });
    await inviteMember(platform, otherCoordinator.actor, theirs.id, { email: 'b@example.org', role: 'learner' });
    const events = await listAuditEvents(platform, coordinator.actor, { organisationId: mine.id });
    expect(events.map((e) => [e.event, e.actorName, e.data])).toEqual([['invitation.sent', 'Chiara', { role: 'learner' }]]);
    expect(await loadActor(platform, new Headers())).toBeNull();
  });
});
