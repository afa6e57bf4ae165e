import type { Actor } from '../../accounts/actor.ts';
import { newId } from '../../ids.ts';
import { bulkLearners, openCohort } from '../../learning/testing/learning-factories.ts';
import type { Sector } from '../../organisations/schema.ts';
import type { Platform } from '../../platform.ts';
import { createOrganisation, createRegion } from '../../testing/factories.ts';

/**
 * A known distribution for report tests (all in 2026):
 * - region R: A (women's support service, IT) 16 learners — 9 completed (5 in March, 4 in April,
 *   one of April's also a member of B), 3 seated, 4 waitlisted in a 20-seat cohort; B (perpetrator
 *   programme, IT) 3 completed in March; C (public authority, ES) 6 completed in April, 1 seated.
 * - region S: D (health, DE) 6 completed in March.
 * - 2 pathway completions in A (May), 6 in C (June). 10 quiz attempts in A, 8 passed.
 * - Self-ratings in A: 10 at enrolment (knowledge 2, confidence 3), 9 at completion (4, 4), 3 after a year.
 * - Certificates: A 7 valid far ahead, 2 expiring in January 2027; C 6 expired in October 2026.
 * - An event of A in May: 12 confirmed registrations (registrants' sector: women's support), 9 attended.
 * - A campaign of A: 120 views, 30 QR visits, 7 downloads in the year, more outside it.
 */
export async function reportWorld(platform: Platform) {
  const r = await createRegion(platform);
  const s = await createRegion(platform);
  const org = async (name: string, sector: Sector, countryCode: string, regionId: string) => {
    const o = await createOrganisation(platform, { name, sector, regionId });
    await platform.db.updateTable('organisations').set({ countryCode }).where('id', '=', o.id).execute();
    return { ...o, countryCode };
  };
  const A = await org('Centro A', 'womens_support_service', 'IT', r.id);
  const B = await org('Programma B', 'perpetrator_programme', 'IT', r.id);
  const C = await org('Ayuntamiento C', 'public_authority', 'ES', r.id);
  const D = await org('Klinik D', 'health', 'DE', s.id);
  const [adminLearner] = await bulkLearners(platform, D, 1, 'trainer');
  const admin: Actor = { ...adminLearner!, isPlatformAdmin: true, twoFactorEnabled: true };
  const cohortOf = async (o: { id: string }, seatCap: number, title: string) =>
    openCohort(platform, admin, { organisationId: o.id, seatCap, title, startsAt: '2026-02-01T00:00:00.000Z', endsAt: '2026-06-30T00:00:00.000Z', enrolmentOpensAt: '2026-01-01T00:00:00.000Z', enrolmentClosesAt: '2026-02-15T00:00:00.000Z' } as never);
  const cohorts = { A: await cohortOf(A, 20, 'Cohort A'), B: await cohortOf(B, 10, 'Cohort B'), C: await cohortOf(C, 8, 'Cohort C'), D: await cohortOf(D, 10, 'Cohort D') };
  const cohortId = (c: unknown) => (c as { id: string }).id;

  const enrolments: Record<string, string[]> = { A: [], B: [], C: [], D: [] };
  const enrol = async (key: 'A' | 'B' | 'C' | 'D', learners: Actor[], status: string, completedAt: string | null, position?: number) => {
    for (const [i, l] of learners.entries()) {
      const id = newId();
      await platform.db
        .insertInto('enrolments')
        .values({ id, cohortId: cohortId(cohorts[key]), userId: l.userId, status, waitlistPosition: status === 'waitlisted' ? (position ?? 1) + i : null, audience: 'all', requestedAt: '2026-01-20T10:00:00.000Z', seatedAt: status === 'waitlisted' ? null : '2026-02-02T10:00:00.000Z', leftAt: null, completedAt, lastLessonId: null, lastActiveAt: null })
        .execute();
      if (status === 'completed') enrolments[key]!.push(id);
    }
  };
  const learnersA = await bulkLearners(platform, A, 16);
  await enrol('A', learnersA.slice(0, 5), 'completed', '2026-03-10T10:00:00.000Z');
  await enrol('A', learnersA.slice(5, 9), 'completed', '2026-04-10T10:00:00.000Z');
  await enrol('A', learnersA.slice(9, 12), 'seated', null);
  await enrol('A', learnersA.slice(12, 16), 'waitlisted', null);
  // One of A's April graduates also belongs to B.
  await platform.db.insertInto('memberships').values({ id: newId(), userId: learnersA[8]!.userId, organisationId: B.id, role: 'learner', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }).execute();
  await enrol('B', await bulkLearners(platform, B, 3), 'completed', '2026-03-12T10:00:00.000Z');
  const learnersC = await bulkLearners(platform, C, 7);
  await enrol('C', learnersC.slice(0, 6), 'completed', '2026-04-20T10:00:00.000Z');
  await enrol('C', learnersC.slice(6), 'seated', null);
  await enrol('D', await bulkLearners(platform, D, 6), 'completed', '2026-03-15T10:00:00.000Z');

  const pathwayId = newId();
  await platform.db.insertInto('pathways').values({ id: pathwayId, slug: `p-${pathwayId}`, audience: 'victim_support', status: 'published', title: '{"en":"P"}', summary: '{"en":"P"}', certificateValidityMonths: 24, createdByUserId: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', publishedAt: '2026-01-01T00:00:00.000Z' }).execute();
  const completePathway = async (people: Actor[], organisationId: string, at: string) => {
    for (const p of people) await platform.db.insertInto('pathway_enrolments').values({ id: newId(), pathwayId, userId: p.userId, organisationId, enrolledAt: '2026-01-05T00:00:00.000Z', completedAt: at }).execute();
  };
  await completePathway(learnersA.slice(0, 2), A.id, '2026-05-05T00:00:00.000Z');
  await completePathway(learnersC.slice(0, 6), C.id, '2026-06-05T00:00:00.000Z');

  const quiz = await platform.db.selectFrom('quizzes').select('id').executeTakeFirstOrThrow();
  for (const [i, enrolmentId] of enrolments.A!.entries()) {
    await platform.db.insertInto('quiz_attempts').values({ id: newId(), enrolmentId, quizId: quiz.id, number: 1, itemOrder: '[]', answers: '{}', score: 80, passed: i < 8 ? 1 : 0, submittedAt: '2026-03-09T00:00:00.000Z' }).execute();
  }
  // A tenth attempt: the ninth graduate's second try, failed again.
  await platform.db.insertInto('quiz_attempts').values({ id: newId(), enrolmentId: enrolments.A![8]!, quizId: quiz.id, number: 2, itemOrder: '[]', answers: '{}', score: 50, passed: 0, submittedAt: '2026-04-09T00:00:00.000Z' }).execute();

  const seatedA = await platform.db.selectFrom('enrolments').select('id').where('cohortId', '=', cohortId(cohorts.A)).where('status', 'in', ['seated', 'completed']).orderBy('userId').execute();
  const rate = async (enrolmentId: string, moment: string, knowledge: number, confidence: number, at: string) =>
    platform.db.insertInto('self_assessments').values({ id: newId(), enrolmentId, moment, answers: '{}', submittedAt: at, knowledgeScore: knowledge, confidenceScore: confidence }).execute();
  for (const e of seatedA.slice(0, 10)) await rate(e.id, 'pre', 2, 3, '2026-02-03T00:00:00.000Z');
  for (const id of enrolments.A!) await rate(id, 'post', 4, 4, '2026-04-11T00:00:00.000Z');
  for (const id of enrolments.A!.slice(0, 3)) await rate(id, 'follow_up', 5, 5, '2026-12-01T00:00:00.000Z');

  const courseId = (await platform.db.selectFrom('courses').select('id').executeTakeFirstOrThrow()).id;
  const certify = async (enrolmentId: string, userId: string, organisationId: string, expiresAt: string) =>
    platform.db.insertInto('certificates').values({ id: newId(), code: newId().slice(-12), userId, courseId, enrolmentId, organisationId, holderName: 'x', locale: 'en', issuedAt: '2026-04-12T00:00:00.000Z', expiresAt, revokedAt: null, revokedByUserId: null, revocationReason: null }).execute();
  const completedA = learnersA.slice(0, 9);
  for (const [i, l] of completedA.entries()) await certify(enrolments.A![i]!, l.userId, A.id, i < 7 ? '2027-06-01T00:00:00.000Z' : '2027-01-15T00:00:00.000Z');
  for (const [i, l] of learnersC.slice(0, 6).entries()) await certify(enrolments.C![i]!, l.userId, C.id, '2026-10-01T00:00:00.000Z');

  const eventId = newId();
  const now = '2026-04-01T00:00:00.000Z';
  await platform.db
    .insertInto('events')
    .values({ id: eventId, slug: `e-${eventId}`, organisationId: A.id, regionId: r.id, status: 'published', format: 'online', timezone: 'Europe/Rome', startsAt: '2026-05-20T08:00:00.000Z', endsAt: '2026-05-20T10:00:00.000Z', title: '{"en":"Panel"}', summary: '{}', description: '{}', spokenLanguages: '["en"]', subtitleLanguages: '[]', signLanguage: null, venue: null, joinUrl: 'https://meet.example.org/x', joinRevealMinutes: 30, capacity: 100, offerHours: 24, questions: '[]', consentText: '{"en":"c"}', consentVersion: 1, erasureDays: 30, recordingUrl: null, slidesUrl: null, nextWaitlistPosition: 1, createdByUserId: null, createdAt: now, updatedAt: now, publishedAt: now, remindersSent: '[]', thankYouSentAt: null, erasedAt: null })
    .execute();
  for (let i = 0; i < 14; i++) {
    const confirmed = i < 12;
    await platform.db
      .insertInto('event_registrations')
      .values({ id: newId(), eventId, status: confirmed ? 'confirmed' : 'pending', email: `r${i}@example.org`, name: `R ${i}`, organisationName: null, sector: 'womens_support_service', country: 'IT', accessibilityNeeds: null, answers: '{}', locale: 'en', tokenHash: newId(), consentVersion: 1, consentText: 'c', consentedAt: now, waitlistPosition: null, offerExpiresAt: null, createdAt: now, confirmedAt: confirmed ? now : null, seatedAt: confirmed ? now : null, cancelledAt: null, attendedAt: confirmed && i < 9 ? '2026-05-20T08:05:00.000Z' : null, attendanceSource: null, certificateRequestedAt: null, surveyAnsweredAt: null, erasedAt: null })
      .execute();
  }

  const campaignId = newId();
  await platform.db.insertInto('campaigns').values({ id: campaignId, slug: `c-${campaignId}`, organisationId: A.id, regionId: r.id, name: 'Autumn', status: 'published', languages: '["en"]', audience: 'general_public', theme: 'know-the-signs', messages: '{}', contacts: '[]', colours: '{}', createdByUserId: null, createdAt: now, updatedAt: now, publishedAt: now }).execute();
  for (const [day, kind, count] of [
    ['2026-11-25', 'view', 100],
    ['2026-11-26', 'view', 20],
    ['2026-11-25', 'qr', 30],
    ['2026-11-27', 'download', 7],
    ['2025-12-30', 'view', 999],
  ] as const)
    await platform.db.insertInto('campaign_reach').values({ campaignId, day, kind, count }).execute();

  return { regions: { r, s }, orgs: { A, B, C, D }, admin, cohorts, learnersA, learnersC };
}
