import { testDialects } from '@destalk/db/testing';
import { extractText } from 'unpdf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../accounts/actor.ts';
import { renderCertificatePdf } from '../certificates/pdf.ts';
import { ManualClock } from '../clock.ts';
import { enrolInCohort } from '../learning/commands/enrolment.ts';
import { bulkLearners, completeSampleCourse, openCohort } from '../learning/testing/learning-factories.ts';
import { errorOf } from '../testing/app-error.ts';
import { createOrganisation, elevatedActor } from '../testing/factories.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { checkIn } from '../events/commands/attendance.ts';
import { confirmRegistration } from '../events/commands/registration.ts';
import { publishedEvent, register } from '../events/testing/event-factories.ts';
import { attemptPractice } from '../tools/commands/practice.ts';
import { libraryOf, practiceTool } from '../tools/testing/practice-tool.ts';
import { addStep, createPathway, moveStep, setPathwayStatus, updatePathway } from './commands/authoring.ts';
import { confirmLiveSession, enrolInPathway, markReadingDone, reviewReflection, submitReflection } from './commands/taking.ts';
import { pathwayForEditing } from './queries/authoring.ts';
import { pathwayCertificateForDocument, verifyPathwayCertificate } from './queries/certificates.ts';
import { facilitationOverview, pathwayCompletionCounts, reflectionReview } from './queries/facilitation.ts';
import { pathwayForLearner, pathwaysForLearner } from './queries/learner.ts';

const tool = practiceTool();
const tools = libraryOf(tool);
const en = (text: string) => ({ en: text });
const ANSWER = 'I would first make sure that she has a safer device and a safety plan before anyone touches the phone, because removing the app may alert him.';

describe.each(testDialects())('pathways on %s', (dialect) => {
  let platform: TestPlatform;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = new ManualClock('2026-11-28T10:00:00.000Z');
    platform = await createTestPlatform(dialect, { clock });
  });
  afterEach(async () => {
    await platform.destroy();
  });

  /** Organisation A with a trainer and two learners, organisation B with a trainer; a published pathway of every kind of step. */
  async function world() {
    const admin = (await elevatedActor(platform, { admin: true })).actor;
    const orgA = await createOrganisation(platform, { sector: 'womens_support_service', name: 'Centro A' });
    const orgB = await createOrganisation(platform, { sector: 'perpetrator_programme', name: 'Programme B' });
    const [learner, other] = await bulkLearners(platform, orgA, 2);
    const [trainerA] = await bulkLearners(platform, orgA, 1, 'trainer');
    const [trainerB] = await bulkLearners(platform, orgB, 1, 'trainer');
    const cohort = await openCohort(platform, admin, { organisationId: orgA.id });
    const { id } = await createPathway(platform, trainerA!, {
      slug: 'victim-support',
      audience: 'victim_support',
      certificateValidityMonths: '24',
      title: { en: 'Victim support pathway', it: 'Percorso per i servizi di supporto' },
      summary: { en: 'From recognising tech abuse to safety planning.' },
    });
    const step = (kind: string, extra: Record<string, unknown> = {}) => addStep(platform, tools, trainerA!, id, { kind, title: en(`A ${kind} step`), body: en(`Do the ${kind}.`), ...extra });
    const course = await step('course', { courseSlug: 'sample-course' });
    const practice = await step('tool_practice', { toolSlug: 'practice-tool' });
    const session = await step('live_session');
    const reading = await step('reading');
    const reflection = await step('reflection');
    await setPathwayStatus(platform, trainerA!, id, 'published');
    return { admin, orgA, orgB, learner: learner!, other: other!, trainerA: trainerA!, trainerB: trainerB!, cohortId: cohort.id, pathwayId: id, steps: { course: course.id, practice: practice.id, session: session.id, reading: reading.id, reflection: reflection.id } };
  }

  it('takes a learner through every kind of step to a verifiable pathway certificate', async () => {
    const w = await world();
    const cards = await pathwaysForLearner(platform, w.learner, 'it');
    expect(cards).toEqual([{ id: w.pathwayId, slug: 'victim-support', audience: 'victim_support', title: 'Percorso per i servizi di supporto', summary: 'From recognising tech abuse to safety planning.', stepCount: 5, recommended: true, enrolment: null }]);

    // Practice before enrolling still counts.
    await attemptPractice(platform, w.learner, tool, 'case-one', { location: 'yes' });
    const { enrolmentId } = await enrolInPathway(platform, w.learner, w.pathwayId);
    let view = await pathwayForLearner(platform, w.learner, 'victim-support', 'en');
    expect(view.steps.map((s) => [s.kind, s.status])).toEqual([
      ['course', 'open'],
      ['tool_practice', 'done'],
      ['live_session', 'awaiting_confirmation'],
      ['reading', 'open'],
      ['reflection', 'open'],
    ]);
    expect(view.enrolment).toMatchObject({ organisationName: 'Centro A', completedAt: null });

    await enrolInCohort(platform, w.learner, w.cohortId);
    await completeSampleCourse(platform, w.learner, w.cohortId);
    await markReadingDone(platform, w.learner, w.steps.reading);

    // A reflection that is too short is refused and nothing is written.
    const short = await errorOf(submitReflection(platform, w.learner, w.steps.reflection, { answer: 'Too short.' }));
    expect(short.fields).toEqual({ answer: [{ key: 'validation:reflectionTooShort', values: { min: 80 } }] });
    expect(await platform.db.selectFrom('pathway_reflections').select('id').execute()).toEqual([]);

    await submitReflection(platform, w.learner, w.steps.reflection, { answer: ANSWER });
    const overview = await facilitationOverview(platform, w.trainerA, w.orgA.id, 'en');
    expect(overview.pending).toHaveLength(1);
    const reflectionId = overview.pending[0]!.id;
    expect(overview.participants).toEqual([
      expect.objectContaining({ enrolmentId, name: 'Learner 0', done: 3, total: 5, completedAt: null, awaitingSessions: [{ stepId: w.steps.session, title: 'A live_session step' }] }),
    ]);

    // Returning needs feedback; the learner revises; then it is accepted.
    const noFeedback = await errorOf(reviewReflection(platform, w.trainerA, reflectionId, { decision: 'return' }));
    expect(noFeedback.fields).toEqual({ feedback: [{ key: 'validation:feedbackRequired' }] });
    await reviewReflection(platform, w.trainerA, reflectionId, { decision: 'return', feedback: 'Say what you would record.' });
    view = await pathwayForLearner(platform, w.learner, 'victim-support', 'en');
    expect(view.steps[4]).toMatchObject({ status: 'returned', reflection: { answer: ANSWER, feedback: 'Say what you would record.' } });
    expect((await errorOf(reviewReflection(platform, w.trainerA, reflectionId, { decision: 'accept' }))).code).toBe('conflict');
    await submitReflection(platform, w.learner, w.steps.reflection, { answer: `${ANSWER} I would record the dates.` });
    expect(await reviewReflection(platform, w.trainerA, reflectionId, { decision: 'accept' })).toEqual({ completed: false });
    expect((await errorOf(submitReflection(platform, w.learner, w.steps.reflection, { answer: ANSWER }))).code).toBe('conflict');

    const done = await confirmLiveSession(platform, w.trainerA, enrolmentId, w.steps.session);
    expect(done).toMatchObject({ completed: true, certificateId: expect.any(String) });

    view = await pathwayForLearner(platform, w.learner, 'victim-support', 'en');
    expect(view.steps.every((s) => s.status === 'done')).toBe(true);
    expect(view.enrolment!.completedAt).toBe('2026-11-28T10:00:00.000Z');
    expect(view.certificate).toMatchObject({ expiresAt: '2028-11-28T10:00:00.000Z' });
    expect(await verifyPathwayCertificate(platform, view.certificate!.code.toLowerCase(), 'it')).toEqual({
      status: 'valid',
      holder: 'Learner 0.',
      courseTitle: 'Percorso per i servizi di supporto',
      issuedAt: '2026-11-28T10:00:00.000Z',
      expiresAt: '2028-11-28T10:00:00.000Z',
      revokedAt: null,
    });
    const data = await pathwayCertificateForDocument(platform, w.learner, view.certificate!.id, 'en');
    const pdf = await renderCertificatePdf(data, { t: platform.translate('en'), locale: 'en', appName: 'DeStalk', verifyUrl: 'http://localhost/verify/x', kind: 'pathway' });
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain('has completed the training pathway');
    expect(text).toContain('Victim support pathway');
    expect((await errorOf(pathwayCertificateForDocument(platform, w.other, view.certificate!.id, 'en'))).code).toBe('not_found');

    expect(await pathwayCompletionCounts(platform)).toEqual([{ pathwayId: w.pathwayId, slug: 'victim-support', completed: 1 }]);
    expect(await pathwayCompletionCounts(platform, { organisationIds: [w.orgA.id] })).toEqual([{ pathwayId: w.pathwayId, slug: 'victim-support', completed: 1 }]);
    expect(await pathwayCompletionCounts(platform, { organisationIds: [w.orgB.id] })).toEqual([{ pathwayId: w.pathwayId, slug: 'victim-support', completed: 0 }]);
    expect((await facilitationOverview(platform, w.trainerA, w.orgA.id, 'en')).completions).toEqual([{ pathwayTitle: 'Victim support pathway', enrolled: 1, completed: 1 }]);
  });

  it('should not let anyone of another organisation review, confirm or see the participants of an organisation', async () => {
    const w = await world();
    const { enrolmentId } = await enrolInPathway(platform, w.learner, w.pathwayId);
    await submitReflection(platform, w.learner, w.steps.reflection, { answer: ANSWER });
    const reflection = await platform.db.selectFrom('pathway_reflections').select('id').executeTakeFirstOrThrow();
    const render = (md: string) => md;

    expect((await errorOf(reviewReflection(platform, w.trainerB, reflection.id, { decision: 'accept' }))).code).toBe('not_found');
    expect((await errorOf(reflectionReview(platform, w.trainerB, reflection.id, 'en', render))).code).toBe('not_found');
    expect((await errorOf(confirmLiveSession(platform, w.trainerB, enrolmentId, w.steps.session))).code).toBe('not_found');
    expect((await errorOf(facilitationOverview(platform, w.trainerB, w.orgA.id, 'en'))).code).toBe('not_found');
    // A learner of the same organisation is no reviewer either.
    expect((await errorOf(reviewReflection(platform, w.other, reflection.id, { decision: 'accept' }))).code).toBe('forbidden');
    expect((await errorOf(confirmLiveSession(platform, w.other, enrolmentId, w.steps.session))).code).toBe('forbidden');
    // Nobody marks a reading or writes a reflection on someone else's enrolment.
    expect((await errorOf(markReadingDone(platform, w.other, w.steps.reading))).code).toBe('not_found');
    // Authors edit their own pathways only; learners author none.
    expect((await errorOf(pathwayForEditing(platform, w.trainerB, w.pathwayId))).code).toBe('not_found');
    expect((await errorOf(updatePathway(platform, w.trainerB, w.pathwayId, { audience: 'victim_support', certificateValidityMonths: 12, title: en('Hijacked'), summary: en('x') }))).code).toBe('not_found');
    expect((await errorOf(moveStep(platform, w.trainerB, w.pathwayId, w.steps.reading, 'up'))).code).toBe('not_found');
    expect((await errorOf(createPathway(platform, w.learner, { slug: 'mine', audience: 'victim_support', certificateValidityMonths: 12, title: en('x'), summary: en('x') }))).code).toBe('forbidden');
    expect(await pathwayForEditing(platform, w.admin, w.pathwayId)).toMatchObject({ slug: 'victim-support' });
    // The reviews stayed untouched.
    expect(await platform.db.selectFrom('pathway_reflections').select(['status', 'reviewerUserId']).execute()).toEqual([{ status: 'submitted', reviewerUserId: null }]);
    expect(await platform.db.selectFrom('pathway_step_records').select('stepId').execute()).toEqual([]);
  });

  it('keeps drafts from learners, refuses an empty pathway and a step naming no course, and reorders steps', async () => {
    const w = await world();
    const { id } = await createPathway(platform, w.trainerA, { slug: 'draft-one', audience: 'public_authority', certificateValidityMonths: 12, title: en('Draft'), summary: en('Not yet') });
    expect((await errorOf(setPathwayStatus(platform, w.trainerA, id, 'published'))).fields).toEqual({ _form: [{ key: 'validation:pathwayNoSteps' }] });
    expect((await errorOf(createPathway(platform, w.trainerA, { slug: 'draft-one', audience: 'public_authority', certificateValidityMonths: 12, title: en('Again'), summary: en('x') }))).fields).toEqual({ slug: [{ key: 'validation:slugTaken' }] });
    const noCourse = await errorOf(addStep(platform, tools, w.trainerA, id, { kind: 'course', title: en('A course'), body: en('Do it') }));
    expect(noCourse.fields).toEqual({ courseSlug: [{ key: 'validation:required' }] });
    const unknownTool = await errorOf(addStep(platform, tools, w.trainerA, id, { kind: 'tool_practice', toolSlug: 'nope', title: en('A tool'), body: en('Do it') }));
    expect(unknownTool.fields).toEqual({ toolSlug: [{ key: 'validation:invalidInput' }] });
    expect(await platform.db.selectFrom('pathway_steps').select('id').where('pathwayId', '=', id).execute()).toEqual([]);
    expect((await errorOf(pathwayForLearner(platform, w.learner, 'draft-one', 'en'))).code).toBe('not_found');
    expect((await errorOf(enrolInPathway(platform, w.learner, id))).code).toBe('not_found');

    await moveStep(platform, w.trainerA, w.pathwayId, w.steps.reflection, 'up');
    const edited = await pathwayForEditing(platform, w.trainerA, w.pathwayId);
    expect(edited.steps.map((s) => s.kind)).toEqual(['course', 'tool_practice', 'live_session', 'reflection', 'reading']);
  });

  it('completes a live-session step from attendance recorded at its event', async () => {
    const w = await world();
    const event = await publishedEvent(platform, w.trainerA, w.orgA.id, { format: 'in_person', venue: 'Sala Rossa', joinUrl: undefined, startsAt: '2026-12-01T10:00', endsAt: '2026-12-01T12:00' });
    const { id: pathwayId } = await createPathway(platform, w.trainerA, { slug: 'with-event', audience: 'victim_support', certificateValidityMonths: 12, title: en('With an event'), summary: en('x') });
    const unknown = await errorOf(addStep(platform, tools, w.trainerA, pathwayId, { kind: 'live_session', eventSlug: 'no-such-event', title: en('Workshop'), body: en('Come') }));
    expect(unknown.fields).toEqual({ eventSlug: [{ key: 'validation:invalidInput' }] });
    const { id: stepId } = await addStep(platform, tools, w.trainerA, pathwayId, { kind: 'live_session', eventSlug: event.slug, title: en('Workshop'), body: en('Come') });
    await setPathwayStatus(platform, w.trainerA, pathwayId, 'published');
    const { enrolmentId } = await enrolInPathway(platform, w.learner, pathwayId);
    expect((await pathwayForLearner(platform, w.learner, 'with-event', 'en')).steps[0]).toMatchObject({ eventSlug: event.slug, status: 'awaiting_confirmation' });

    const registration = await register(platform, event.slug, w.learner.email.toUpperCase());
    await confirmRegistration(platform, registration.token);
    await checkIn(platform, w.trainerA, event.id, registration.id, true);
    expect(await platform.db.selectFrom('pathway_step_records').select(['stepId', 'source']).where('enrolmentId', '=', enrolmentId).execute()).toEqual([{ stepId, source: 'event' }]);
    expect((await pathwayForLearner(platform, w.learner, 'with-event', 'en')).enrolment?.completedAt).toBe('2026-11-28T10:00:00.000Z');
  });

  it('issues exactly one certificate when hundreds of requests complete the last step at once', async () => {
    const w = await world();
    const learners: Actor[] = [w.learner];
    const { enrolmentId } = await enrolInPathway(platform, w.learner, w.pathwayId);
    await attemptPractice(platform, w.learner, tool, 'case-one', { location: 'yes' });
    await enrolInCohort(platform, w.learner, w.cohortId);
    await completeSampleCourse(platform, w.learner, w.cohortId);
    await submitReflection(platform, w.learner, w.steps.reflection, { answer: ANSWER });
    const reflection = await platform.db.selectFrom('pathway_reflections').select('id').executeTakeFirstOrThrow();
    await reviewReflection(platform, w.trainerA, reflection.id, { decision: 'accept' });
    await confirmLiveSession(platform, w.trainerA, enrolmentId, w.steps.session);
    // The reading is the last step: 200 concurrent "mark as read" plus 100 concurrent enrolments.
    const results = await Promise.allSettled([
      ...Array.from({ length: 200 }, () => markReadingDone(platform, learners[0]!, w.steps.reading)),
      ...Array.from({ length: 100 }, () => enrolInPathway(platform, learners[0]!, w.pathwayId)),
    ]);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await platform.db.selectFrom('pathway_certificates').select('enrolmentId').execute()).toEqual([{ enrolmentId }]);
    expect(await platform.db.selectFrom('pathway_enrolments').select('id').execute()).toEqual([{ id: enrolmentId }]);
    expect(await platform.db.selectFrom('pathway_step_records').select('stepId').where('enrolmentId', '=', enrolmentId).execute()).toHaveLength(5);
  });
});
