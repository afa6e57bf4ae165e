import { testDialects } from '@destalk/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.ts';
import { createOrganisation, elevatedActor, outbox } from '../testing/factories.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { enrolInCohort, setSeatCap, withdrawFromCohort } from './commands/enrolment.ts';
import { bulkLearners, openCohort } from './testing/learning-factories.ts';
import { errorOf } from '../testing/app-error.ts';

describe.each(testDialects())('cohort enrolment on %s', (dialect) => {
  let platform: TestPlatform;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = new ManualClock(new Date());
    platform = await createTestPlatform(dialect, { clock });
  });
  afterEach(async () => {
    await platform.destroy();
  });

  async function setup(seatCap: number, learners: number) {
    const organisation = await createOrganisation(platform, { sector: 'womens_support_service' });
    const admin = (await elevatedActor(platform, { admin: true })).actor;
    const cohort = await openCohort(platform, admin, { organisationId: organisation.id, seatCap });
    const actors = await bulkLearners(platform, organisation, learners);
    return { organisation, admin, cohort, actors };
  }

  const enrolments = (cohortId: string) =>
    platform.db.selectFrom('enrolments').select(['userId', 'status', 'waitlistPosition', 'requestedAt', 'audience']).where('cohortId', '=', cohortId).execute();

  it('seats exactly 20 of 200 concurrent enrolments and waitlists the rest in one consistent order', async () => {
    const { cohort, actors } = await setup(20, 200);
    // Open the whole connection pool first, so the requests really run side by side.
    await Promise.all(Array.from({ length: 20 }, () => platform.db.selectFrom('cohorts').select('id').execute()));
    const results = await Promise.allSettled(actors.map((actor) => enrolInCohort(platform, actor, cohort.id)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const rows = await enrolments(cohort.id);
    const seated = rows.filter((r) => r.status === 'seated');
    const waitlisted = rows.filter((r) => r.status === 'waitlisted').sort((a, b) => a.waitlistPosition! - b.waitlistPosition!);
    expect(seated).toHaveLength(20);
    expect(waitlisted).toHaveLength(180);
    expect(waitlisted.map((r) => r.waitlistPosition)).toEqual(Array.from({ length: 180 }, (_, i) => i + 1));
    // What each request was told is what was stored.
    const told = new Map(results.map((r, i) => [actors[i]!.userId, (r as PromiseFulfilledResult<{ status: string; waitlistPosition: number | null }>).value]));
    for (const row of rows) expect(told.get(row.userId)).toEqual({ status: row.status, waitlistPosition: row.waitlistPosition });
    expect(new Set(rows.map((r) => r.audience))).toEqual(new Set(['victim_support']));
  });

  it('gives the same answer to one person’s requests sent at once (a double click) and keeps one row', async () => {
    const { cohort, actors } = await setup(1, 3);
    const [first, second, third] = actors as [(typeof actors)[0], (typeof actors)[0], (typeof actors)[0]];
    await enrolInCohort(platform, first, cohort.id);
    const clicks = await Promise.all(Array.from({ length: 8 }, () => enrolInCohort(platform, second, cohort.id)));
    expect(clicks).toEqual(Array.from({ length: 8 }, () => ({ status: 'waitlisted', waitlistPosition: 1 })));
    expect(await enrolInCohort(platform, third, cohort.id)).toEqual({ status: 'waitlisted', waitlistPosition: 2 });
    expect((await enrolments(cohort.id)).map((r) => [r.status, r.waitlistPosition]).sort()).toEqual([['seated', null], ['waitlisted', 1], ['waitlisted', 2]]);
  });

  it('promotes the first waitlisted learner when a seated one withdraws, and e-mails them', async () => {
    const { cohort, actors } = await setup(2, 4);
    const [a, b, c, d] = actors as [typeof actors[0], typeof actors[0], typeof actors[0], typeof actors[0]];
    await outbox(platform); // the admin's "two-step verification turned on" notice
    await platform.db.deleteFrom('outbox_emails').execute();
    for (const actor of [a, b, c, d]) await enrolInCohort(platform, actor, cohort.id);
    expect(await enrolInCohort(platform, c, cohort.id)).toEqual({ status: 'waitlisted', waitlistPosition: 1 });
    await withdrawFromCohort(platform, a, cohort.id);
    const status = Object.fromEntries((await enrolments(cohort.id)).map((r) => [r.userId, [r.status, r.waitlistPosition]]));
    expect(status).toEqual({ [a.userId]: ['withdrawn', null], [b.userId]: ['seated', null], [c.userId]: ['seated', null], [d.userId]: ['waitlisted', 2] });
    const mails = await outbox(platform);
    expect(mails.map((m) => [m.toAddress, m.template, m.subject])).toEqual([[c.email, 'seatConfirmed', 'Your place is confirmed']]);
    expect(mails[0]!.textBody).toContain('A place has become free in Recognising technology-facilitated abuse (Spring cohort) and it is now yours.');

    // Leaving the waitlist frees no seat and e-mails nobody; re-joining goes to the back.
    await withdrawFromCohort(platform, d, cohort.id);
    expect(await enrolInCohort(platform, d, cohort.id)).toEqual({ status: 'waitlisted', waitlistPosition: 3 });
    expect(await outbox(platform)).toHaveLength(1);
  });

  it('seats waitlisted learners when the cap is raised', async () => {
    const { cohort, actors, admin } = await setup(1, 3);
    for (const actor of actors) await enrolInCohort(platform, actor, cohort.id);
    expect(await setSeatCap(platform, admin, cohort.id, 3)).toEqual({ promoted: 2 });
    expect((await enrolments(cohort.id)).map((r) => r.status).sort()).toEqual(['seated', 'seated', 'seated']);
  });

  it('refuses enrolment outside the window, for another organisation, and cap changes by a learner', async () => {
    const { cohort, actors } = await setup(5, 1);
    const other = await createOrganisation(platform);
    const [outsider] = await bulkLearners(platform, other, 1);
    expect((await errorOf(enrolInCohort(platform, outsider!, cohort.id))).code).toBe('not_found');
    expect((await errorOf(setSeatCap(platform, actors[0]!, cohort.id, 50))).code).toBe('forbidden');
    clock.advance(31 * 86_400_000);
    expect((await errorOf(enrolInCohort(platform, actors[0]!, cohort.id))).fields).toEqual({ _form: [{ key: 'validation:enrolmentClosed' }] });
    expect(await enrolments(cohort.id)).toEqual([]);
  });
});
