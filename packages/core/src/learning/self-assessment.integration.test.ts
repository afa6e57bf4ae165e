import { testDialects } from '@destalk/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY, ManualClock } from '../clock.ts';
import { createOrganisation, elevatedActor } from '../testing/factories.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { enrolInCohort } from './commands/enrolment.ts';
import { completeLesson, setLearnerAudience } from './commands/progress.ts';
import { selfAssessmentView, submitSelfAssessment } from './commands/self-assessment.ts';
import { courseOutline } from './queries/course-outline.ts';
import { bulkLearners, completeSampleCourse, openCohort } from './testing/learning-factories.ts';
import { errorOf } from '../testing/app-error.ts';

describe.each(testDialects())('self-assessment and tracks on %s', (dialect) => {
  let platform: TestPlatform;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = new ManualClock(new Date());
    platform = await createTestPlatform(dialect, { clock });
  });
  afterEach(async () => {
    await platform.destroy();
  });

  async function seated() {
    const organisation = await createOrganisation(platform, { sector: 'womens_support_service' });
    const admin = (await elevatedActor(platform, { admin: true })).actor;
    const cohort = await openCohort(platform, admin, { organisationId: organisation.id, seatCap: 5 });
    const [learner] = await bulkLearners(platform, organisation, 1);
    await enrolInCohort(platform, learner!, cohort.id);
    return { cohort, learner: learner! };
  }

  it('asks before, on completion and a year later, once each, and stores the ratings', async () => {
    const { cohort, learner } = await seated();
    const pre = await selfAssessmentView(platform, learner, cohort.id, 'it');
    expect(pre).toEqual({
      due: 'pre',
      statements: [
        { key: 'know-signs', dimension: 'knowledge', text: 'Conosco i segnali dello stalkerware.' },
        { key: 'confident-ask', dimension: 'confidence', text: 'Mi sento sicura nel chiedere della tecnologia al primo colloquio.' },
      ],
    });
    const missing = await errorOf(submitSelfAssessment(platform, learner, cohort.id, 'pre', { 'know-signs': '2', 'confident-ask': '9' }));
    expect(missing.fields).toEqual({ 'rating-confident-ask': [{ key: 'validation:answerRequired' }] });
    await submitSelfAssessment(platform, learner, cohort.id, 'pre', { 'know-signs': '2', 'confident-ask': '1' });
    expect((await selfAssessmentView(platform, learner, cohort.id, 'en')).due).toBeNull();
    expect((await errorOf(submitSelfAssessment(platform, learner, cohort.id, 'pre', { 'know-signs': '3', 'confident-ask': '3' }))).code).toBe('conflict');

    await completeSampleCourse(platform, learner, cohort.id);
    expect((await selfAssessmentView(platform, learner, cohort.id, 'en')).due).toBe('post');
    expect((await errorOf(submitSelfAssessment(platform, learner, cohort.id, 'follow_up', { 'know-signs': '4', 'confident-ask': '4' }))).code).toBe('conflict');
    await submitSelfAssessment(platform, learner, cohort.id, 'post', { 'know-signs': '4', 'confident-ask': '4' });
    clock.advance(364 * DAY);
    expect((await selfAssessmentView(platform, learner, cohort.id, 'en')).due).toBeNull();
    clock.advance(2 * DAY);
    expect((await selfAssessmentView(platform, learner, cohort.id, 'en')).due).toBe('follow_up');
    await submitSelfAssessment(platform, learner, cohort.id, 'follow_up', { 'know-signs': '5', 'confident-ask': '4' });

    const rows = await platform.db.selectFrom('self_assessments').select(['moment', 'answers']).orderBy('submittedAt').execute();
    expect(rows.map((r) => [r.moment, JSON.parse(r.answers)])).toEqual([
      ['pre', { 'know-signs': 2, 'confident-ask': 1 }],
      ['post', { 'know-signs': 4, 'confident-ask': 4 }],
      ['follow_up', { 'know-signs': 5, 'confident-ask': 4 }],
    ]);
  });

  it('lets a learner change track; the outline and the completion rule follow', async () => {
    const { cohort, learner } = await seated();
    await completeLesson(platform, learner, cohort.id, 'overview');
    expect((await errorOf(setLearnerAudience(platform, learner, cohort.id, 'all'))).fields).toEqual({ audience: [{ key: 'validation:invalidInput' }] });
    await setLearnerAudience(platform, learner, cohort.id, 'perpetrator_programme');
    const outline = await courseOutline(platform, learner, cohort.id, 'en');
    expect(outline.audience).toBe('perpetrator_programme');
    expect(outline.modules[0]!.lessons.map((l) => [l.key, l.done])).toEqual([
      ['overview', true],
      ['perp-naming', false],
      ['optional-reading', false],
    ]);
  });

  it('should not take a self-assessment for a cohort the learner is not seated in', async () => {
    const { cohort } = await seated();
    const other = await createOrganisation(platform);
    const [stranger] = await bulkLearners(platform, other, 1);
    expect((await errorOf(submitSelfAssessment(platform, stranger!, cohort.id, 'pre', {}))).code).toBe('not_found');
    expect((await errorOf(setLearnerAudience(platform, stranger!, cohort.id, 'public_authority'))).code).toBe('not_found');
  });
});
