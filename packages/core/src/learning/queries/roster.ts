import type { Actor } from '../../accounts/actor.ts';
import { DAY } from '../../clock.ts';
import { certificateStatus } from '../../certificates/status.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Platform } from '../../platform.ts';
import { facilitatedCohort } from '../cohort-access.ts';
import { completionState } from '../completion.ts';
import { pickLocale } from '../localize.ts';
import type { Audience, LearnerAudience } from '../schema.ts';

export interface RosterEntry {
  userId: string;
  name: string;
  email: string;
  status: 'seated' | 'waitlisted' | 'completed';
  waitlistPosition: number | null;
  audience: LearnerAudience;
  percent: number;
  lastActiveAt: string | null;
  /** Seated, not complete, and no activity for `inactiveDays` (or none since the seat). */
  inactive: boolean;
  completedAt: string | null;
  certificate: { id: string; code: string; status: 'valid' | 'expired' | 'revoked' } | null;
}

export interface CohortRoster {
  cohort: { id: string; title: string; courseTitle: string; organisationId: string | null; seatCap: number; startsAt: string; endsAt: string; enrolmentMode: string };
  learners: RosterEntry[];
  counts: { seated: number; completed: number; waitlisted: number; inactive: number };
}

/**
 * The facilitator's view of a cohort: everyone seated, done or waiting, with progress on their own
 * track, last activity and certificate. Computed in a handful of queries whatever the cohort size.
 */
export async function cohortRoster(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, cohortId: string, locale: Locale, options: { inactiveDays?: number } = {}): Promise<CohortRoster> {
  const cohort = await facilitatedCohort(platform, actor, cohortId);
  const inactiveDays = options.inactiveDays ?? 14;
  const rows = await platform.db
    .selectFrom('enrolments')
    .innerJoin('users', 'users.id', 'enrolments.userId')
    .select(['enrolments.id', 'enrolments.userId', 'enrolments.status', 'enrolments.waitlistPosition', 'enrolments.audience', 'enrolments.lastActiveAt', 'enrolments.seatedAt', 'enrolments.completedAt', 'users.name', 'users.email'])
    .where('enrolments.cohortId', '=', cohortId)
    .where('enrolments.status', 'in', ['seated', 'completed', 'waitlisted'])
    .orderBy('users.name')
    .execute();
  const modules = await platform.db.selectFrom('course_modules').select(['id', 'audience']).where('versionId', '=', cohort.versionId).execute();
  const moduleAudience = new Map(modules.map((m) => [m.id, m.audience as Audience]));
  const lessons = (await platform.db.selectFrom('course_lessons').select(['id', 'moduleId', 'audience', 'required']).where('versionId', '=', cohort.versionId).execute()).map((l) => ({
    id: l.id,
    moduleAudience: moduleAudience.get(l.moduleId) ?? ('all' as Audience),
    audience: l.audience as Audience,
    required: l.required === 1,
  }));
  const quizzes = await platform.db.selectFrom('quizzes').select(['id', 'moduleId']).where('versionId', '=', cohort.versionId).execute();
  const enrolmentIds = rows.map((r) => r.id);
  const completions = enrolmentIds.length ? await platform.db.selectFrom('lesson_completions').select(['enrolmentId', 'lessonId']).where('enrolmentId', 'in', enrolmentIds).execute() : [];
  const passes = enrolmentIds.length ? await platform.db.selectFrom('quiz_attempts').select(['enrolmentId', 'quizId']).where('enrolmentId', 'in', enrolmentIds).where('passed', '=', 1).execute() : [];
  const certificates = rows.length
    ? await platform.db.selectFrom('certificates').select(['id', 'userId', 'code', 'expiresAt', 'revokedAt']).where('courseId', '=', (await platform.db.selectFrom('cohorts').select('courseId').where('id', '=', cohortId).executeTakeFirstOrThrow()).courseId).where('userId', 'in', rows.map((r) => r.userId)).execute()
    : [];
  const now = platform.clock.now();
  const threshold = new Date(now.getTime() - inactiveDays * DAY).toISOString();
  const learners: RosterEntry[] = rows.map((r) => {
    const completed = new Set(completions.filter((c) => c.enrolmentId === r.id).map((c) => c.lessonId));
    const passed = new Set(passes.filter((p) => p.enrolmentId === r.id).map((p) => p.quizId));
    const state = completionState({
      audience: r.audience as LearnerAudience,
      lessons,
      completed,
      quizzes: quizzes.map((q) => ({ id: q.id, passed: passed.has(q.id), moduleAudience: q.moduleId ? (moduleAudience.get(q.moduleId) ?? 'all') : null })),
    });
    const certificate = certificates.find((c) => c.userId === r.userId);
    const lastSeen = r.lastActiveAt ?? r.seatedAt;
    return {
      userId: r.userId,
      name: r.name,
      email: r.email,
      status: r.status as RosterEntry['status'],
      waitlistPosition: r.waitlistPosition,
      audience: r.audience as LearnerAudience,
      percent: r.status === 'waitlisted' ? 0 : state.percent,
      lastActiveAt: r.lastActiveAt,
      inactive: r.status === 'seated' && (lastSeen === null || lastSeen < threshold),
      completedAt: r.completedAt,
      certificate: certificate ? { id: certificate.id, code: certificate.code, status: certificateStatus(certificate, now) } : null,
    };
  });
  return {
    cohort: {
      id: cohort.id,
      title: cohort.title,
      courseTitle: pickLocale(cohort.courseTitle, locale, cohort.defaultLocale).text,
      organisationId: cohort.organisationId,
      seatCap: cohort.seatCap,
      startsAt: cohort.startsAt,
      endsAt: cohort.endsAt,
      enrolmentMode: cohort.enrolmentMode,
    },
    learners,
    counts: {
      seated: learners.filter((l) => l.status === 'seated').length,
      completed: learners.filter((l) => l.status === 'completed').length,
      waitlisted: learners.filter((l) => l.status === 'waitlisted').length,
      inactive: learners.filter((l) => l.inactive).length,
    },
  };
}
