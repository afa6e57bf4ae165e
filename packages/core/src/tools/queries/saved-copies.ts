import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import type { Platform } from '../../platform.ts';
import type { ToolAnswers } from '../schema.ts';

export interface SavedCopySummary {
  id: string;
  toolSlug: string;
  toolVersion: string;
  flagCount: number;
  createdAt: string;
  expiresAt: string;
}

/** The actor's own saved copies, newest first (nobody else's, ever). */
export async function mySavedCopies(platform: Pick<Platform, 'db'>, actor: Actor): Promise<SavedCopySummary[]> {
  const rows = await platform.db
    .selectFrom('tool_saved_copies')
    .select(['id', 'toolSlug', 'toolVersion', 'flags', 'createdAt', 'expiresAt'])
    .where('userId', '=', actor.userId)
    .orderBy('createdAt', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, toolSlug: r.toolSlug, toolVersion: r.toolVersion, flagCount: (JSON.parse(r.flags) as string[]).length, createdAt: r.createdAt, expiresAt: r.expiresAt }));
}

export interface SavedCopy extends Omit<SavedCopySummary, 'flagCount'> {
  answers: ToolAnswers;
  flags: string[];
}

export async function mySavedCopy(platform: Pick<Platform, 'db'>, actor: Actor, copyId: string): Promise<SavedCopy> {
  const row = await platform.db
    .selectFrom('tool_saved_copies')
    .select(['id', 'toolSlug', 'toolVersion', 'answers', 'flags', 'createdAt', 'expiresAt'])
    .where('id', '=', copyId)
    .where('userId', '=', actor.userId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return { id: row.id, toolSlug: row.toolSlug, toolVersion: row.toolVersion, answers: JSON.parse(row.answers) as ToolAnswers, flags: JSON.parse(row.flags) as string[], createdAt: row.createdAt, expiresAt: row.expiresAt };
}
