import { testDialects } from '@destalk/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY, HOUR, ManualClock } from '../clock.ts';
import { enrolInCohort } from '../learning/commands/enrolment.ts';
import { bulkLearners, openCohort } from '../learning/testing/learning-factories.ts';
import { createOrganisation, elevatedActor, outbox } from '../testing/factories.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { hidePost, pinThread, replyToThread, setDigest, startThread } from './commands.ts';
import { sendDiscussionDigests } from './digest.ts';
import { listThreads, threadView } from './queries.ts';
import { errorOf } from '../testing/app-error.ts';

describe.each(testDialects())('cohort discussion on %s', (dialect) => {
  let platform: TestPlatform;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = new ManualClock('2026-03-10T09:00:00.000Z');
    platform = await createTestPlatform(dialect, { clock });
  });
  afterEach(async () => {
    await platform.destroy();
  });

  async function cohortWithPeople() {
    const organisation = await createOrganisation(platform, { sector: 'womens_support_service' });
    const admin = (await elevatedActor(platform, { admin: true })).actor;
    const cohort = await openCohort(platform, admin, { organisationId: organisation.id, seatCap: 2 });
    const [ana, ben, waiting] = await bulkLearners(platform, organisation, 3);
    const [trainer] = await bulkLearners(platform, organisation, 1, 'trainer');
    for (const l of [ana!, ben!, waiting!]) await enrolInCohort(platform, l, cohort.id);
    return { cohort, ana: ana!, ben: ben!, waiting: waiting!, trainer: trainer! };
  }

  it('threads with replies, pinned first then by latest activity; hidden posts stay visible to moderators only', async () => {
    const { cohort, ana, ben, trainer } = await cohortWithPeople();
    expect((await errorOf(startThread(platform, ana, cohort.id, { title: ' ', body: 'x' }))).fields).toEqual({ title: [{ key: 'validation:required', values: { min: 1 } }] });
    const first = await startThread(platform, ana, cohort.id, { title: 'Intake questions', body: 'How do you ask about phones?' });
    clock.advance(HOUR);
    const second = await startThread(platform, ben, cohort.id, { title: 'Trackers', body: 'Any experience with tags?' });
    clock.advance(HOUR);
    await replyToThread(platform, ben, cohort.id, first.id, { body: 'I ask about shared accounts first.' });
    expect((await listThreads(platform, ana, cohort.id)).threads.map((t) => [t.title, t.replies])).toEqual([
      ['Intake questions', 1],
      ['Trackers', 0],
    ]);
    expect((await errorOf(pinThread(platform, ana, cohort.id, second.id, true))).code).toBe('forbidden');
    await pinThread(platform, trainer, cohort.id, second.id, true);
    const reply = await replyToThread(platform, ana, cohort.id, second.id, { body: 'Off-topic rant' });
    await hidePost(platform, trainer, cohort.id, reply.id, true);
    expect((await listThreads(platform, ben, cohort.id)).threads.map((t) => [t.title, t.pinned])).toEqual([
      ['Trackers', true],
      ['Intake questions', false],
    ]);
    const asLearner = await threadView(platform, ben, cohort.id, second.id);
    expect(asLearner.replies).toMatchObject([{ hidden: true, body: null }]);
    const asTrainer = await threadView(platform, trainer, cohort.id, second.id);
    expect(asTrainer.replies).toMatchObject([{ hidden: true, body: 'Off-topic rant' }]);
    await hidePost(platform, trainer, cohort.id, first.id, true);
    expect((await errorOf(threadView(platform, ben, cohort.id, first.id))).code).toBe('not_found');
    expect((await errorOf(replyToThread(platform, ben, cohort.id, first.id, { body: 'hi' }))).code).toBe('not_found');
  });

  it('sends an opted-in learner one daily digest of others’ visible posts, and nothing when there is nothing new', async () => {
    const { cohort, ana, ben, trainer } = await cohortWithPeople();
    await outbox(platform);
    await platform.db.deleteFrom('outbox_emails').execute();
    await setDigest(platform, ana, cohort.id, true);
    await setDigest(platform, ana, cohort.id, true);
    clock.advance(HOUR);
    await startThread(platform, ana, cohort.id, { title: 'My own thread', body: 'x' });
    const thread = await startThread(platform, ben, cohort.id, { title: 'Safety planning', body: 'A question' });
    const hidden = await replyToThread(platform, trainer, cohort.id, thread.id, { body: 'hidden later' });
    await hidePost(platform, trainer, cohort.id, hidden.id, true);
    expect((await sendDiscussionDigests(platform)).sent).toBe(0); // not a day yet
    clock.advance(DAY);
    expect((await sendDiscussionDigests(platform)).sent).toBe(1);
    expect((await sendDiscussionDigests(platform)).sent).toBe(0);
    await platform.drainJobs();
    const [mail] = await outbox(platform);
    expect(mail).toMatchObject({ toAddress: ana.email, subject: 'New posts in your course discussion' });
    expect(mail!.textBody).toContain('1 new post in the discussion of Spring cohort. Threads:\n\n• Safety planning');
    clock.advance(2 * DAY);
    expect((await sendDiscussionDigests(platform)).sent).toBe(0);
    await setDigest(platform, ana, cohort.id, false);
    expect(await platform.db.selectFrom('cohort_digest_subscriptions').selectAll().execute()).toEqual([]);
  });

  it('should not open the discussion to the waitlist or to another organisation', async () => {
    const { cohort, waiting } = await cohortWithPeople();
    const other = await createOrganisation(platform);
    const [foreignTrainer] = await bulkLearners(platform, other, 1, 'trainer');
    expect((await errorOf(listThreads(platform, waiting, cohort.id))).code).toBe('not_found');
    expect((await errorOf(startThread(platform, foreignTrainer!, cohort.id, { title: 'x', body: 'y' }))).code).toBe('not_found');
    expect((await errorOf(setDigest(platform, foreignTrainer!, cohort.id, true))).code).toBe('not_found');
  });
});
