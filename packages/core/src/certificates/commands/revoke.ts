import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import type { Platform } from '../../platform.ts';
import { parseInput } from '../../validation.ts';
import { authorizeCertificate } from '../policies.ts';

const revokeInput = z.object({
  reason: z.string().trim().min(3, 'validation:required').max(500, 'validation:tooLong'),
});

/**
 * Withdraws a certificate (issued by mistake, or its holder no longer meets the requirements).
 * The verification page then says "revoked"; it is not renewed by a refresher. Audited.
 */
export async function revokeCertificate(platform: Pick<Platform, 'db' | 'clock' | 'audit'>, actor: Actor, certificateId: string, input: unknown, requestId?: string): Promise<void> {
  const data = parseInput(revokeInput, input);
  const row = await platform.db.selectFrom('certificates').select(['organisationId', 'revokedAt']).where('id', '=', certificateId).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  authorizeCertificate(actor, 'certificate.revoke', { organisationId: row.organisationId });
  if (row.revokedAt) throw new AppError('conflict', 'already revoked');
  await platform.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('certificates')
      .set({ revokedAt: platform.clock.now().toISOString(), revokedByUserId: actor.userId, revocationReason: data.reason })
      .where('id', '=', certificateId)
      .where('revokedAt', 'is', null)
      .execute();
    await platform.audit.record({ event: 'certificate.revoked', actorUserId: actor.userId, organisationId: row.organisationId, subjectType: 'certificate', subjectId: certificateId, requestId: requestId ?? null }, trx);
  });
}
