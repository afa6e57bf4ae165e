import type { Actor } from '../../accounts/actor.ts';
import { DAY } from '../../clock.ts';
import { enqueueEmail } from '../../email/send-email.ts';
import { AppError } from '../../errors.ts';
import { hashToken, newId, newToken } from '../../ids.ts';
import { isLocale, type Locale } from '../../i18n/locales.ts';
import type { Platform } from '../../platform.ts';
import { RATE_LIMITS } from '../../rate-limit/rate-limit.ts';
import { fieldError, parseInput } from '../../validation.ts';
import { authorizeOrganisation } from '../policies.ts';
import { INVITATION_DAYS, invitationInput, type MemberRole } from '../schema.ts';

export interface InvitationSent {
  id: string;
  email: string;
  role: MemberRole;
  expiresAt: string;
}

/**
 * Invites someone by e-mail to an organisation with a role. A newer invitation to the same
 * address replaces a pending one. The e-mail is in the invitee's language when they already
 * have an account, otherwise in the region's language.
 */
export async function inviteMember(
  platform: Platform,
  actor: Actor,
  organisationId: string,
  input: unknown,
  requestId?: string,
): Promise<InvitationSent> {
  authorizeOrganisation(actor, 'organisation.manageMembers', { organisationId });
  const data = parseInput(invitationInput, input);
  await platform.rateLimiter.consume(RATE_LIMITS.invitePerActor, actor.userId);
  const now = platform.clock.now();
  const token = newToken();
  const invitation = { id: newId(), email: data.email, role: data.role, expiresAt: new Date(now.getTime() + INVITATION_DAYS * DAY).toISOString() };

  const context = await platform.db.transaction().execute(async (trx) => {
    const organisation = await trx
      .selectFrom('organisations')
      .innerJoin('regions', 'regions.id', 'organisations.regionId')
      .select(['organisations.name', 'regions.defaultLocale'])
      .where('organisations.id', '=', organisationId)
      .where('organisations.archivedAt', 'is', null)
      .executeTakeFirst();
    if (!organisation) throw new AppError('not_found');
    const existingUser = await trx.selectFrom('users').select(['id', 'locale']).where('email', '=', data.email).executeTakeFirst();
    if (existingUser) {
      const member = await trx.selectFrom('memberships').select('id').where('userId', '=', existingUser.id).where('organisationId', '=', organisationId).executeTakeFirst();
      if (member) throw fieldError('email', 'validation:alreadyMember');
    }
    await trx
      .updateTable('invitations')
      .set({ revokedAt: now.toISOString() })
      .where('organisationId', '=', organisationId)
      .where('email', '=', data.email)
      .where('acceptedAt', 'is', null)
      .where('revokedAt', 'is', null)
      .execute();
    await trx
      .insertInto('invitations')
      .values({
        ...invitation,
        organisationId,
        tokenHash: hashToken(token),
        invitedByUserId: actor.userId,
        createdAt: now.toISOString(),
      })
      .execute();
    await platform.audit.record(
      { event: 'invitation.sent', actorUserId: actor.userId, organisationId, subjectType: 'invitation', subjectId: invitation.id, data: { role: data.role }, requestId: requestId ?? null },
      trx,
    );
    const locale: Locale = isLocale(existingUser?.locale) ? existingUser.locale : isLocale(organisation.defaultLocale) ? organisation.defaultLocale : 'en';
    return { organisationName: organisation.name, locale };
  });

  await enqueueEmail(platform.jobs, {
    to: data.email,
    locale: context.locale,
    template: 'invitation',
    params: {
      inviterName: actor.name,
      organisationName: context.organisationName,
      role: data.role,
      url: `${platform.config.publicUrl}/invitations/${token}`,
      days: INVITATION_DAYS,
    },
  });
  return invitation;
}

export async function revokeInvitation(platform: Platform, actor: Actor, organisationId: string, invitationId: string, requestId?: string): Promise<void> {
  authorizeOrganisation(actor, 'organisation.manageMembers', { organisationId });
  await platform.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('invitations')
      .set({ revokedAt: platform.clock.now().toISOString() })
      .where('id', '=', invitationId)
      .where('organisationId', '=', organisationId)
      .where('acceptedAt', 'is', null)
      .where('revokedAt', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new AppError('not_found');
    await platform.audit.record({ event: 'invitation.revoked', actorUserId: actor.userId, organisationId, subjectType: 'invitation', subjectId: invitationId, requestId: requestId ?? null }, trx);
  });
}
