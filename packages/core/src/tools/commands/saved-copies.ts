import type { Actor } from '../../accounts/actor.ts';
import { DAY } from '../../clock.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locales.ts';
import { newId } from '../../ids.ts';
import type { Platform } from '../../platform.ts';
import { cleanAnswers, evaluateTool } from '../evaluate.ts';
import type { Tool } from '../load.ts';
import { authorizeTool } from '../policies.ts';

/**
 * Saves an anonymised copy of a tool's answers to the practitioner's own account, when they press
 * "save". Free-text answers are dropped (they are where names and details go); what stays is the
 * structured answers, the raised flags and the tool version. Expires after TOOL_COPY_RETENTION_DAYS.
 */
export async function saveToolCopy(
  platform: Pick<Platform, 'db' | 'clock' | 'config' | 'audit'>,
  actor: Actor,
  tool: Tool,
  locale: Locale,
  raw: Record<string, string | string[] | undefined>,
  requestId?: string,
): Promise<{ id: string }> {
  authorizeTool(actor, 'tool.saveCopy');
  if (tool.structure.mode !== 'form') throw new AppError('not_found');
  const answers = cleanAnswers(tool.structure, raw, { keepText: false });
  if (!Object.keys(answers).length) throw new AppError('validation_failed', 'nothing to save', { fields: { _form: [{ key: 'validation:toolNothingToSave' }] } });
  const flags = evaluateTool(tool.structure, answers).flags.map((f) => f.key);
  const now = platform.clock.now();
  const id = newId();
  await platform.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('tool_saved_copies')
      .values({
        id,
        userId: actor.userId,
        toolSlug: tool.structure.slug,
        toolVersion: tool.structure.version,
        locale,
        answers: JSON.stringify(answers),
        flags: JSON.stringify(flags),
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + platform.config.toolCopyRetentionDays * DAY).toISOString(),
      })
      .execute();
    await platform.audit.record({ event: 'tool.copy_saved', actorUserId: actor.userId, organisationId: null, subjectType: 'tool_copy', subjectId: id, requestId: requestId ?? null }, trx);
  });
  return { id };
}

export async function deleteToolCopy(platform: Pick<Platform, 'db' | 'audit'>, actor: Actor, copyId: string, requestId?: string): Promise<void> {
  await platform.db.transaction().execute(async (trx) => {
    const deleted = await trx.deleteFrom('tool_saved_copies').where('id', '=', copyId).where('userId', '=', actor.userId).executeTakeFirst();
    if (Number(deleted.numDeletedRows) !== 1) throw new AppError('not_found');
    await platform.audit.record({ event: 'tool.copy_deleted', actorUserId: actor.userId, organisationId: null, subjectType: 'tool_copy', subjectId: copyId, requestId: requestId ?? null }, trx);
  });
}
