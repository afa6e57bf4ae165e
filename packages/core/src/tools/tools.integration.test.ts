import { testDialects } from '@destalk/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY, ManualClock } from '../clock.ts';
import { runRetention } from '../maintenance/retention.ts';
import { errorOf } from '../testing/app-error.ts';
import { buildActor } from '../testing/actor-factory.ts';
import { createOrganisation } from '../testing/factories.ts';
import { bulkLearners } from '../learning/testing/learning-factories.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { attemptPractice, passedCases } from './commands/practice.ts';
import { deleteToolCopy, saveToolCopy } from './commands/saved-copies.ts';
import { mySavedCopies, mySavedCopy } from './queries/saved-copies.ts';
import { practiceTool } from './testing/practice-tool.ts';

describe.each(testDialects())('practitioner tools on %s', (dialect) => {
  let platform: TestPlatform;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = new ManualClock('2026-11-28T10:00:00.000Z');
    platform = await createTestPlatform(dialect, { clock, env: { TOOL_COPY_RETENTION_DAYS: '30' } });
  });
  afterEach(async () => {
    await platform.destroy();
  });

  it('saves an anonymised copy only when asked: structured answers and flags, never free text; the author alone sees it', async () => {
    const tool = practiceTool();
    const organisation = await createOrganisation(platform);
    const [author, colleague] = await bulkLearners(platform, organisation, 2);
    expect(await platform.db.selectFrom('tool_saved_copies').select('id').execute()).toEqual([]);

    const { id } = await saveToolCopy(platform, author!, tool, 'it', { location: 'unsure', channels: ['social', 'fax'], notes: 'Maria, 12 Via Roma', bogus: 'x' });
    const stored = await platform.db.selectFrom('tool_saved_copies').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(JSON.parse(stored.answers)).toEqual({ location: 'unsure', channels: ['social'] });
    expect(JSON.parse(stored.flags)).toEqual(['tracked', 'harassed']);
    expect(stored).toMatchObject({ toolSlug: 'practice-tool', toolVersion: '1.2.0', locale: 'it', expiresAt: '2026-12-28T10:00:00.000Z' });
    expect(JSON.stringify(stored)).not.toContain('Maria');

    expect(await mySavedCopies(platform, author!)).toEqual([{ id, toolSlug: 'practice-tool', toolVersion: '1.2.0', flagCount: 2, createdAt: '2026-11-28T10:00:00.000Z', expiresAt: '2026-12-28T10:00:00.000Z' }]);
    expect(await mySavedCopies(platform, colleague!)).toEqual([]);
    expect((await errorOf(mySavedCopy(platform, colleague!, id))).code).toBe('not_found');
    expect((await errorOf(deleteToolCopy(platform, colleague!, id))).code).toBe('not_found');
    expect((await mySavedCopy(platform, author!, id)).answers).toEqual({ location: 'unsure', channels: ['social'] });

    // Only free text: nothing to save, nothing written.
    const empty = await errorOf(saveToolCopy(platform, author!, tool, 'en', { notes: 'only text' }));
    expect(empty.fields).toEqual({ _form: [{ key: 'validation:toolNothingToSave' }] });
    expect(await platform.db.selectFrom('tool_saved_copies').select('id').execute()).toHaveLength(1);

    // Someone outside any organisation may not use the tools.
    expect((await errorOf(saveToolCopy(platform, buildActor(), tool, 'en', { location: 'yes' }))).code).toBe('forbidden');

    clock.advance(31 * DAY);
    expect(await runRetention(platform)).toMatchObject({ toolCopies: 1 });
    expect(await mySavedCopies(platform, author!)).toEqual([]);
  });

  it('records a practice case as passed only when the answers raise exactly the case’s flags', async () => {
    const tool = practiceTool();
    const organisation = await createOrganisation(platform);
    const [learner] = await bulkLearners(platform, organisation, 1);
    const wrong = await attemptPractice(platform, learner!, tool, 'case-one', { location: 'no', channels: ['social'] });
    expect(wrong).toMatchObject({ passed: false, missed: ['tracked'], extra: ['harassed'], matched: [], differentAnswers: ['location', 'channels'] });
    expect(await passedCases(platform, learner!, 'practice-tool')).toEqual([]);
    // Different answers, same risks spotted: passed.
    const right = await attemptPractice(platform, learner!, tool, 'case-one', { location: 'unsure' });
    expect(right).toMatchObject({ passed: true, missed: [], extra: [], matched: ['tracked'], differentAnswers: ['location', 'channels'] });
    expect(await passedCases(platform, learner!, 'practice-tool')).toEqual(['case-one']);
    await attemptPractice(platform, learner!, tool, 'case-one', { location: 'yes', channels: ['sms'] });
    expect(await platform.db.selectFrom('tool_practice_results').select(['caseKey', 'toolVersion', 'passedAt']).execute()).toEqual([
      { caseKey: 'case-one', toolVersion: '1.2.0', passedAt: '2026-11-28T10:00:00.000Z' },
    ]);
    expect((await errorOf(attemptPractice(platform, learner!, tool, 'no-such-case', {}))).code).toBe('not_found');
  });
});
