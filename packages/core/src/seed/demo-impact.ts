import { DAY } from '../clock.ts';
import { newCertificateCode } from '../certificates/code.ts';
import { newId } from '../ids.ts';
import type { Platform } from '../platform.ts';

/** Demo practitioners per demo organisation who took last spring's finished cohort. */
const PEOPLE: Record<string, number> = { 'safe-harbour': 24, 'turning-point': 11, 'city-social-services': 15, 'police-cyber-unit': 9 };

/** A small deterministic generator: the same demo figures on every fresh start. */
function sequence(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

/**
 * A finished programme to report on: for four demo organisations, a cohort that ran three to eight
 * months ago with demo practitioners (who cannot sign in) — completions spread over the months,
 * quiz attempts, self-ratings before and after, certificates, some pathway completions — and two
 * weeks of campaign reach. The impact dashboard then shows real figures, small ones suppressed.
 */
export async function seedDemoImpact(platform: Pick<Platform, 'db' | 'clock' | 'dialect'>): Promise<void> {
  const course = await platform.db.selectFrom('courses').select(['id']).where('slug', '=', 'cyberviolence-essentials').executeTakeFirst();
  if (!course) return;
  const version = await platform.db.selectFrom('course_versions').select(['id']).where('courseId', '=', course.id).orderBy('number', 'desc').executeTakeFirstOrThrow();
  const quiz = await platform.db.selectFrom('quizzes').select('id').where('versionId', '=', version.id).where('key', '=', 'final').executeTakeFirst();
  const pathway = await platform.db.selectFrom('pathways').select('id').where('status', '=', 'published').orderBy('slug').executeTakeFirst();
  const organisations = await platform.db.selectFrom('organisations').select(['id', 'slug', 'name', 'regionId']).where('slug', 'in', Object.keys(PEOPLE)).execute();
  const now = platform.clock.now().getTime();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
  const authNow = platform.dialect === 'postgres' ? new Date(now) : new Date(now).toISOString();
  const bool = (v: boolean) => (platform.dialect === 'postgres' ? v : Number(v));
  const random = sequence(2026);
  let n = 0;
  await platform.db.transaction().execute(async (trx) => {
    for (const o of organisations) {
      const cohortId = newId();
      await trx
        .insertInto('cohorts')
        .values({ id: cohortId, courseId: course.id, versionId: version.id, organisationId: o.id, regionId: null, title: `${o.name} – spring (finished)`, startsAt: at(240), endsAt: at(90), enrolmentOpensAt: at(260), enrolmentClosesAt: at(230), seatCap: 30, enrolmentMode: 'self', eligibility: '{"sectors":[],"countries":[],"organisationIds":[]}', nextWaitlistPosition: 1, createdByUserId: null, createdAt: at(260), updatedAt: at(260) })
        .execute();
      for (let i = 0; i < PEOPLE[o.slug]!; i++) {
        n += 1;
        const userId = newId();
        // No password and an address that cannot receive mail: a demo record, not an account.
        await trx.insertInto('users').values({ id: userId, name: `Demo practitioner ${n}`, email: `practitioner-${n}@demo.invalid`, emailVerified: bool(true), twoFactorEnabled: bool(false), isPlatformAdmin: bool(false), locale: null, createdAt: authNow, updatedAt: authNow }).execute();
        await trx.insertInto('memberships').values({ id: newId(), userId, organisationId: o.id, role: 'learner', createdAt: at(260), updatedAt: at(260) }).execute();
        const completes = random() < 0.85;
        const doneDaysAgo = Math.round(95 + random() * 130);
        const enrolmentId = newId();
        await trx
          .insertInto('enrolments')
          .values({ id: enrolmentId, cohortId, userId, status: completes ? 'completed' : random() < 0.5 ? 'withdrawn' : 'seated', waitlistPosition: null, audience: 'all', requestedAt: at(250), seatedAt: at(240), leftAt: null, completedAt: completes ? at(doneDaysAgo) : null, lastLessonId: null, lastActiveAt: at(completes ? doneDaysAgo : 200) })
          .execute();
        const pre = 1.7 + random() * 1.3;
        await trx.insertInto('self_assessments').values({ id: newId(), enrolmentId, moment: 'pre', answers: '{}', submittedAt: at(239), knowledgeScore: Math.round(pre * 100) / 100, confidenceScore: Math.round((pre + 0.3) * 100) / 100 }).execute();
        if (!completes) continue;
        const post = Math.min(5, pre + 1.1 + random() * 0.9);
        await trx.insertInto('self_assessments').values({ id: newId(), enrolmentId, moment: 'post', answers: '{}', submittedAt: at(doneDaysAgo), knowledgeScore: Math.round(post * 100) / 100, confidenceScore: Math.round((post - 0.2) * 100) / 100 }).execute();
        if (quiz) {
          const failedFirst = random() < 0.25;
          if (failedFirst) await trx.insertInto('quiz_attempts').values({ id: newId(), enrolmentId, quizId: quiz.id, number: 1, itemOrder: '[]', answers: '{}', score: 55, passed: 0, submittedAt: at(doneDaysAgo + 2) }).execute();
          await trx.insertInto('quiz_attempts').values({ id: newId(), enrolmentId, quizId: quiz.id, number: failedFirst ? 2 : 1, itemOrder: '[]', answers: '{}', score: 85, passed: 1, submittedAt: at(doneDaysAgo) }).execute();
        }
        await trx
          .insertInto('certificates')
          .values({ id: newId(), code: newCertificateCode(), userId, courseId: course.id, enrolmentId, organisationId: o.id, holderName: `Demo practitioner ${n}`, locale: 'en', issuedAt: at(doneDaysAgo), expiresAt: at(doneDaysAgo - 365), revokedAt: null, revokedByUserId: null, revocationReason: null })
          .execute();
        if (pathway && random() < 0.4) await trx.insertInto('pathway_enrolments').values({ id: newId(), pathwayId: pathway.id, userId, organisationId: o.id, enrolledAt: at(doneDaysAgo), completedAt: at(Math.max(30, doneDaysAgo - 40)) }).execute();
      }
    }
    const campaign = await trx.selectFrom('campaigns').select('id').where('slug', '=', 'know-the-signs-demo').executeTakeFirst();
    if (campaign) {
      for (let d = 1; d <= 14; d++) {
        const day = at(d).slice(0, 10);
        await trx.insertInto('campaign_reach').values({ campaignId: campaign.id, day, kind: 'view', count: 20 + Math.round(random() * 40) }).execute();
        await trx.insertInto('campaign_reach').values({ campaignId: campaign.id, day, kind: 'qr', count: 3 + Math.round(random() * 9) }).execute();
      }
    }
  });
}
