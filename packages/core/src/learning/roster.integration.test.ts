import { testDialects } from '@destalk/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY, ManualClock } from '../clock.ts';
import { createOrganisation, elevatedActor, outbox } from '../testing/factories.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { enrolInCohort } from './commands/enrolment.ts';
import { completeLesson } from './commands/progress.ts';
import { submitQuizAttempt } from './commands/quiz-attempt.ts';
import { addToCohort, messageCohort, removeFromCohort } from './commands/roster.ts';
import { cohortQuizStats } from './queries/quiz-stats.ts';
import { cohortRoster } from './queries/roster.ts';
import { rosterCsv } from './queries/roster-csv.ts';
import { bulkLearners, completeSampleCourse, openCohort } from './testing/learning-factories.ts';
import { errorOf } from '../testing/app-error.ts';

describe.each(testDialects())('cohort roster on %s', (dialect) => {
  let platform: TestPlatform;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = new ManualClock('2026-03-10T09:00:00.000Z');
    platform = await createTestPlatform(dialect, { clock });
  });
  afterEach(async () => {
    await platform.destroy();
  });

  async function cohortWithLearners(seatCap = 3) {
    const organisation = await createOrganisation(platform, { sector: 'womens_support_service' });
    const admin = (await elevatedActor(platform, { admin: true })).actor;
    const cohort = await openCohort(platform, admin, { organisationId: organisation.id, seatCap, enrolmentMode: 'invitation' });
    const [trainer] = await bulkLearners(platform, organisation, 1, 'trainer');
    const learners = await bulkLearners(platform, organisation, 4);
    return { organisation, cohort, trainer: trainer!, learners };
  }

  it('lets a trainer seat people in an invitation-only cohort up to the cap, then waitlist, and e-mails them', async () => {
    const { cohort, trainer, learners } = await cohortWithLearners(3);
    await outbox(platform); // the admin's "two-step verification turned on" notice
    await platform.db.deleteFrom('outbox_emails').execute();
    expect((await errorOf(enrolInCohort(platform, learners[0]!, cohort.id))).fields).toEqual({ _form: [{ key: 'validation:invitationOnly' }] });
    for (const l of learners) await addToCohort(platform, trainer, cohort.id, { email: l.email.toUpperCase() });
    expect(await addToCohort(platform, trainer, cohort.id, { email: learners[0]!.email })).toEqual({ status: 'seated', waitlistPosition: null });
    expect((await errorOf(addToCohort(platform, trainer, cohort.id, { email: 'nobody@example.org' }))).fields).toEqual({ email: [{ key: 'validation:notEligibleMember' }] });
    const outsider = (await bulkLearners(platform, await createOrganisation(platform), 1))[0]!;
    expect((await errorOf(addToCohort(platform, trainer, cohort.id, { email: outsider.email }))).fields).toEqual({ email: [{ key: 'validation:notEligibleMember' }] });
    const roster = await cohortRoster(platform, trainer, cohort.id, 'en');
    expect(roster.counts).toEqual({ seated: 3, completed: 0, waitlisted: 1, inactive: 0 });
    const mails = await outbox(platform);
    expect(mails.map((m) => m.subject).sort()).toEqual(['You are on a course waitlist', 'You have been enrolled in a course', 'You have been enrolled in a course', 'You have been enrolled in a course']);
    await platform.db.deleteFrom('outbox_emails').execute();

    // Removing a seated learner seats the first in line, who is told.
    await removeFromCohort(platform, trainer, cohort.id, learners[0]!.userId);
    const after = await cohortRoster(platform, trainer, cohort.id, 'en');
    expect(after.learners.find((l) => l.userId === learners[3]!.userId)?.status).toBe('seated');
    expect(after.learners.some((l) => l.userId === learners[0]!.userId)).toBe(false);
    expect((await outbox(platform)).map((m) => [m.toAddress, m.template])).toEqual([[learners[3]!.email, 'seatConfirmed']]);
  });

  it('shows progress, inactivity and certificates, exports a spreadsheet-safe CSV, and flags a question most miss', async () => {
    const { cohort, trainer, learners } = await cohortWithLearners(4);
    for (const l of learners) await addToCohort(platform, trainer, cohort.id, { email: l.email });
    await platform.db.updateTable('users').set({ name: '=HYPERLINK("http://evil")' }).where('id', '=', learners[3]!.userId).execute();
    await completeSampleCourse(platform, learners[0]!, cohort.id);
    await completeLesson(platform, learners[1]!, cohort.id, 'overview');
    for (const l of learners.slice(1)) await submitQuizAttempt(platform, l, cohort.id, 'quiz-forms', { 'q-single': ['a'], 'q-multiple': ['a', 'b'], 'q-scenario-1': ['a'] }, 1);
    clock.advance(20 * DAY);
    await completeLesson(platform, learners[2]!, cohort.id, 'overview');

    const roster = await cohortRoster(platform, trainer, cohort.id, 'en', { inactiveDays: 14 });
    const byUser = new Map(roster.learners.map((l) => [l.userId, l]));
    expect(byUser.get(learners[0]!.userId)).toMatchObject({ status: 'completed', percent: 100, inactive: false, certificate: { status: 'valid' } });
    // Three required lessons and two quizzes on this track: one lesson and the module quiz are 40%.
    expect(byUser.get(learners[1]!.userId)).toMatchObject({ status: 'seated', percent: 40, inactive: true, certificate: null });
    expect(byUser.get(learners[2]!.userId)).toMatchObject({ status: 'seated', percent: 40, inactive: false });
    expect(roster.counts).toEqual({ seated: 3, completed: 1, waitlisted: 0, inactive: 2 });

    const csv = rosterCsv(roster, platform.translate('en'));
    expect(csv.startsWith('\uFEFFName,E-mail,Status,Waitlist position,Track,Progress,Last active,Completed on,Certificate,Certificate status\n')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")",${learners[3]!.email},Enrolled,,Victim-support services,20%,2026-03-10,,,\n`);

    const [moduleQuiz] = await cohortQuizStats(platform, trainer, cohort.id, 'en');
    expect(moduleQuiz).toMatchObject({ key: 'quiz-forms', learners: 4, attempts: 4, passedLearners: 4, scoreBands: [0, 0, 0, 3, 1] });
    expect(moduleQuiz!.questions[0]).toEqual({ key: 'q-single', stem: 'What comes first?', answered: 4, rightPercent: 25, flagged: true, mostChosenWrong: 'Remove the app' });
    expect(moduleQuiz!.questions[1]).toMatchObject({ key: 'q-multiple', rightPercent: 100, flagged: false, mostChosenWrong: null });
  });

  it('messages the cohort through the job queue with a neutral subject line', async () => {
    const { cohort, trainer, learners } = await cohortWithLearners(2);
    for (const l of learners.slice(0, 3)) await addToCohort(platform, trainer, cohort.id, { email: l.email });
    await outbox(platform);
    await platform.db.deleteFrom('outbox_emails').execute();
    expect((await errorOf(messageCohort(platform, trainer, cohort.id, { subject: '', body: 'x' }))).fields).toEqual({ subject: [{ key: 'validation:required', values: { min: 1 } }] });
    expect(await messageCohort(platform, trainer, cohort.id, { subject: 'Live session moved', body: 'Hello all.\n\nThursday at 10 instead.' })).toEqual({ recipients: 2 });
    expect(await messageCohort(platform, trainer, cohort.id, { subject: 'Waitlist news', body: 'Hi', to: 'everyone' })).toEqual({ recipients: 3 });
    const mails = await outbox(platform);
    expect(mails).toHaveLength(5);
    expect(mails[0]!.subject).toBe('A message about your course');
    expect(mails[0]!.textBody).toContain('Live session moved\n\nHello all.\n\nThursday at 10 instead.');
  });

  it('should not show or change the roster of a cohort of another organisation', async () => {
    const { cohort, learners } = await cohortWithLearners(2);
    const other = await createOrganisation(platform);
    const [foreignTrainer] = await bulkLearners(platform, other, 1, 'trainer');
    // Thunks, started one at a time: a rejection must never wait unobserved.
    for (const attempt of [
      () => cohortRoster(platform, foreignTrainer!, cohort.id, 'en'),
      () => cohortQuizStats(platform, foreignTrainer!, cohort.id, 'en'),
      () => addToCohort(platform, foreignTrainer!, cohort.id, { email: learners[0]!.email }),
      () => removeFromCohort(platform, foreignTrainer!, cohort.id, learners[0]!.userId),
      () => messageCohort(platform, foreignTrainer!, cohort.id, { subject: 'x', body: 'y' }),
    ]) {
      expect((await errorOf(attempt())).code).toBe('not_found');
    }
    expect((await errorOf(cohortRoster(platform, learners[0]!, cohort.id, 'en'))).code).toBe('forbidden');
  });
});
