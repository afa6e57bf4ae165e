import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import type { Platform } from '../../platform.ts';

export interface AssetFile {
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  bytes: Uint8Array;
}

/**
 * A file of a course version. Learners reach it through a seat in a cohort of that version;
 * trainers, coordinators and administrators, who author and preview courses, reach any. Anyone
 * else gets `not_found` (course material is for the programme's practitioners, not the public).
 */
export async function courseAsset(platform: Pick<Platform, 'db'>, actor: Actor, versionId: string, name: string): Promise<AssetFile> {
  const staff = actor.isPlatformAdmin || actor.memberships.some((m) => m.role !== 'learner');
  if (!staff) {
    const seat = await platform.db
      .selectFrom('enrolments')
      .innerJoin('cohorts', 'cohorts.id', 'enrolments.cohortId')
      .select('enrolments.id')
      .where('enrolments.userId', '=', actor.userId)
      .where('cohorts.versionId', '=', versionId)
      .where('enrolments.status', 'in', ['seated', 'completed'])
      .executeTakeFirst();
    if (!seat) throw new AppError('not_found');
  }
  const asset = await platform.db.selectFrom('course_assets').select(['name', 'mediaType', 'size', 'sha256', 'bytes']).where('versionId', '=', versionId).where('name', '=', name).executeTakeFirst();
  if (!asset) throw new AppError('not_found');
  return asset;
}
