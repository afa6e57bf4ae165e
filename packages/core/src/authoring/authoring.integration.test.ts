import { testDialects } from '@destalk/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.ts';
import { enrolInCohort } from '../learning/commands/enrolment.ts';
import { importCoursePackage } from '../learning/commands/import-course-package.ts';
import { courseOutline } from '../learning/queries/course-outline.ts';
import { exportCoursePackage } from '../learning/queries/export-course-package.ts';
import { bulkLearners, openCohort } from '../learning/testing/learning-factories.ts';
import { SAMPLE_ASSETS, samplePackage } from '../learning/testing/sample-package.ts';
import { createOrganisation, elevatedActor } from '../testing/factories.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { changeDraft, createCourse, discardDraft, openDraft, publishDraft, saveDraftAsset } from './commands.ts';
import { authoredCourses, draftEditorView, previewDraft } from './queries.ts';
import { errorOf } from '../testing/app-error.ts';

describe.each(testDialects())('course authoring on %s', (dialect) => {
  let platform: TestPlatform;
  beforeEach(async () => {
    platform = await createTestPlatform(dialect, { clock: new ManualClock(new Date()) });
  });
  afterEach(async () => {
    await platform.destroy();
  });

  async function trainers() {
    const organisation = await createOrganisation(platform, { sector: 'womens_support_service' });
    const [trainer, colleague] = await bulkLearners(platform, organisation, 2, 'trainer');
    const [learner] = await bulkLearners(platform, organisation, 1);
    return { organisation, trainer: trainer!, colleague: colleague!, learner: learner! };
  }

  it('a trainer writes a course with a scenario quiz, previews a track, and publishes a version', async () => {
    const { trainer } = await trainers();
    await createCourse(platform, trainer, { title: 'Tech safety basics', slug: 'tech-safety', defaultLocale: 'en' });
    expect((await errorOf(createCourse(platform, trainer, { title: 'Again', slug: 'tech-safety', defaultLocale: 'en' }))).fields).toEqual({ slug: [{ key: 'validation:slugTaken' }] });
    expect((await errorOf(publishDraft(platform, trainer, 'tech-safety'))).fields).toEqual({ _form: [{ key: 'validation:draftNoSummary', values: { language: 'English' } }, { key: 'validation:draftNoModules' }] });
    await changeDraft(platform, trainer, 'tech-safety', { op: 'details', lang: 'en', title: 'Tech safety basics', summary: 'Spot and answer tech abuse.', certificateValidityMonths: '12' });

    await changeDraft(platform, trainer, 'tech-safety', { op: 'addModule', lang: 'en', title: 'Recognise' });
    await changeDraft(platform, trainer, 'tech-safety', { op: 'addLesson', moduleKey: 'recognise', lang: 'en', title: 'Signs' });
    await changeDraft(platform, trainer, 'tech-safety', { op: 'addLesson', moduleKey: 'recognise', lang: 'en', title: 'For programmes' });
    await saveDraftAsset(platform, trainer, 'tech-safety', { name: 'Signs.PNG', bytes: SAMPLE_ASSETS[0]!.bytes });
    await changeDraft(platform, trainer, 'tech-safety', { op: 'updateLesson', key: 'signs', lang: 'en', title: 'Signs', body: '> [!TIP]\n> Ask gently.\n\n![Signs](assets/signs.png)', audience: 'all', required: 'on' });
    await changeDraft(platform, trainer, 'tech-safety', { op: 'updateLesson', key: 'for-programmes', lang: 'en', title: 'For programmes', body: 'Naming control.', audience: 'perpetrator_programme', required: 'on' });
    await changeDraft(platform, trainer, 'tech-safety', {
      op: 'saveItem',
      lang: 'en',
      type: 'scenario',
      vignette: 'Mira’s ex-partner comments on places she visited.',
      questions: [{ type: 'single', stem: 'What first?', options: [{ text: 'Plan for safety with her', correct: 'on', feedback: 'Safety first.' }, { text: 'Delete apps now', feedback: 'It may alert him.' }] }],
    });
    await changeDraft(platform, trainer, 'tech-safety', { op: 'setQuiz', moduleKey: null, lang: 'en', title: 'Final quiz', passMark: '70', attemptLimit: '3', shuffle: 'on', items: ['mira-s-ex-partner-comments-on-places-she-visited'] });

    const preview = await previewDraft(platform, trainer, 'tech-safety', 'victim_support', 'it');
    expect(preview.modules[0]!.lessons.map((l) => [l.key, l.fallback])).toEqual([['signs', true]]);
    expect(preview.modules[0]!.lessons[0]!.html).toContain('<aside class="callout callout-tip"><p class="callout-title">Suggerimento</p>');
    expect(preview.modules[0]!.lessons[0]!.html).toContain('src="/author/courses/tech-safety/assets/signs.png"');
    expect((await previewDraft(platform, trainer, 'tech-safety', 'perpetrator_programme', 'en')).modules[0]!.lessons.map((l) => l.key)).toEqual(['signs', 'for-programmes']);

    const published = await publishDraft(platform, trainer, 'tech-safety');
    expect(published).toMatchObject({ number: 1, status: 'published' });
    const pkg = await exportCoursePackage(platform, 'tech-safety');
    expect(pkg.assets.map((a) => a.name)).toEqual(['signs.png']);
    expect(pkg.finalQuiz?.items).toEqual(['mira-s-ex-partner-comments-on-places-she-visited']);
    expect(await authoredCourses(platform, trainer, 'en')).toEqual([{ slug: 'tech-safety', title: 'Tech safety basics', publishedVersion: 1, hasDraft: false, refresher: false }]);

    // Its refresher points at it; a refresher cannot refresh a refresher.
    await createCourse(platform, trainer, { title: 'Tech safety refresher', slug: 'tech-safety-refresher', defaultLocale: 'en' });
    expect((await draftEditorView(platform, trainer, 'tech-safety-refresher', 'en')).mainCourses).toEqual([{ slug: 'tech-safety', title: 'Tech safety basics' }]);
    const details = { op: 'details', lang: 'en', title: 'Tech safety refresher', summary: 'A year on.', certificateValidityMonths: '12' };
    expect((await errorOf(changeDraft(platform, trainer, 'tech-safety-refresher', { ...details, refresherOf: 'no-such-course' }))).fields).toEqual({ refresherOf: [{ key: 'validation:invalidInput' }] });
    expect((await changeDraft(platform, trainer, 'tech-safety-refresher', { ...details, refresherOf: 'tech-safety' })).refresherOf).toBe('tech-safety');
  });

  it('edits a published course as a new version; enrolled learners stay on theirs', async () => {
    const { organisation, learner } = await trainers();
    const { actor: admin } = await elevatedActor(platform, { admin: true });
    const cohort = await openCohort(platform, admin, { organisationId: organisation.id });
    await enrolInCohort(platform, learner, cohort.id);
    const draft = await draftEditorView(platform, admin, 'sample-course', 'en');
    expect(draft.baseVersionNumber).toBe(1);
    expect(draft.assets.map((a) => a.name)).toEqual(['intro.en.txt', 'intro.en.vtt', 'intro.mp4', 'safety-plan.pdf', 'signs.png']);
    await changeDraft(platform, admin, 'sample-course', { op: 'updateModule', key: 'forms', lang: 'en', title: 'Forms of technology-facilitated abuse', audience: 'all' });
    expect(await publishDraft(platform, admin, 'sample-course')).toMatchObject({ number: 2 });
    expect((await courseOutline(platform, learner, cohort.id, 'en')).modules[0]!.title).toBe('Forms of digital abuse');
    const next = await openCohort(platform, admin, { organisationId: organisation.id, title: 'Autumn' });
    await enrolInCohort(platform, learner, next.id);
    expect((await courseOutline(platform, learner, next.id, 'en')).modules[0]!.title).toBe('Forms of technology-facilitated abuse');
    // A draft can be thrown away; the course stays published.
    await openDraft(platform, admin, 'sample-course');
    await discardDraft(platform, admin, 'sample-course');
    expect(await platform.db.selectFrom('course_drafts').select('courseId').execute()).toEqual([]);
  });

  it('should not let a trainer edit a course someone else created, nor a learner author at all', async () => {
    const { trainer, colleague, learner } = await trainers();
    await createCourse(platform, trainer, { title: 'Mine', slug: 'mine', defaultLocale: 'en' });
    await importCoursePackage(platform, samplePackage(), { publish: true });
    expect((await errorOf(changeDraft(platform, colleague, 'mine', { op: 'addModule', lang: 'en', title: 'x' }))).code).toBe('not_found');
    expect((await errorOf(openDraft(platform, trainer, 'sample-course'))).code).toBe('not_found');
    expect((await errorOf(createCourse(platform, learner, { title: 'x', slug: 'xx', defaultLocale: 'en' }))).code).toBe('forbidden');
    expect(await authoredCourses(platform, colleague, 'en')).toEqual([]);
  });
});
