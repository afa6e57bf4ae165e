import type { Actor } from '../../accounts/actor.ts';
import { requestMagicLink } from '../../accounts/commands/request-magic-link.ts';
import type { ManualClock } from '../../clock.ts';
import { MINUTE } from '../../clock.ts';
import { startThread, replyToThread } from '../../discussion/commands.ts';
import { publishedEvent, register } from '../../events/testing/event-factories.ts';
import { newId } from '../../ids.ts';
import { enrolInCohort } from '../../learning/commands/enrolment.ts';
import { submitSelfAssessment } from '../../learning/commands/self-assessment.ts';
import { bulkLearners, completeSampleCourse, openCohort } from '../../learning/testing/learning-factories.ts';
import { addStep, createPathway, setPathwayStatus } from '../../pathways/commands/authoring.ts';
import { enrolInPathway, reviewReflection, submitReflection } from '../../pathways/commands/taking.ts';
import type { Platform } from '../../platform.ts';
import { actorFor, createOrganisation, createUser, elevatedActor, requestMeta, signInCookie } from '../../testing/factories.ts';
import { attemptPractice } from '../../tools/commands/practice.ts';
import { saveToolCopy } from '../../tools/commands/saved-copies.ts';
import { libraryOf, practiceTool } from '../../tools/testing/practice-tool.ts';
import { recordConsent } from '../commands/record-consent.ts';

export const tool = practiceTool();
const tools = libraryOf(tool);
const en = (text: string) => ({ en: text });

/** A name and an address found nowhere else, so a search of the whole database can prove they are gone. */
export function uniquePerson(n: number) {
  return { name: `Zelda Quintessa Marlowe ${n}`, email: `zelda.quintessa.${n}@example.org` };
}

/**
 * One organisation (with an admin, a coordinator and a trainer who runs things) and a learner who
 * has done a bit of everything the platform records: enrolment and completion, quiz attempts,
 * self-assessments, a certificate, a pathway with a reflection and its certificate, tool practice
 * and a saved copy, an event registration, discussion posts, a consent, a session, a pending
 * sign-in link and an invitation. Their name and address appear in what they wrote.
 */
export async function worldWithPerson(platform: Platform, clock: ManualClock, n = 1) {
  const admin = (await elevatedActor(platform, { admin: true })).actor;
  const organisation = await createOrganisation(platform, { sector: 'womens_support_service', name: 'Centro Aurora' });
  const [trainer] = await bulkLearners(platform, organisation, 1, 'trainer');
  const [coordinatorMembership] = await bulkLearners(platform, organisation, 1, 'coordinator');
  const cohort = await openCohort(platform, admin, { organisationId: organisation.id, title: 'Autumn cohort' });
  const person = uniquePerson(n);
  const { userId } = await createUser(platform, { ...person, memberships: [[organisation.id, 'learner']] });
  const cookie = await signInCookie(platform, person.email);
  const actor = await actorFor(platform, cookie);

  const { id: pathwayId } = await createPathway(platform, trainer!, { slug: `support-${n}`, audience: 'victim_support', certificateValidityMonths: '24', title: { en: 'Support pathway' }, summary: en('A pathway.') });
  await addStep(platform, tools, trainer!, pathwayId, { kind: 'course', courseSlug: 'sample-course', title: en('Take the course'), body: en('Do it.') });
  const reflection = await addStep(platform, tools, trainer!, pathwayId, { kind: 'reflection', title: en('Reflect'), body: en('What would you do?') });
  await setPathwayStatus(platform, trainer!, pathwayId, 'published');
  await enrolInPathway(platform, actor, pathwayId);

  await enrolInCohort(platform, actor, cohort.id);
  await submitSelfAssessment(platform, actor, cohort.id, 'pre', { 'know-signs': '2', 'confident-ask': '3' });
  clock.advance(MINUTE);
  await completeSampleCourse(platform, actor, cohort.id);
  await submitReflection(platform, actor, reflection.id, { answer: `I am ${person.name}; I would first make sure she has a safer device and a safety plan before anything else happens.` });
  const pending = await platform.db.selectFrom('pathway_reflections').select('id').executeTakeFirstOrThrow();
  await reviewReflection(platform, trainer!, pending.id, { decision: 'accept' });

  const thread = await startThread(platform, actor, cohort.id, { title: `Hello from ${person.name}`, body: `Write to me at ${person.email}.` });
  await replyToThread(platform, actor, cohort.id, thread.id, { body: `${person.name} again.` });
  const other = (await bulkLearners(platform, organisation, 1))[0]!;
  await enrolInCohort(platform, other, cohort.id);
  await replyToThread(platform, other, cohort.id, thread.id, { body: 'Welcome!' });

  await attemptPractice(platform, actor, tool, 'case-one', { location: 'yes', channels: ['sms'] });
  await saveToolCopy(platform, actor, tool, 'en', { location: 'no', channels: ['social'], notes: 'free text is never kept' });
  await recordConsent(platform.db, platform.clock, { userId, kind: 'privacy_notice', version: '1', locale: 'en' });

  const event = await publishedEvent(platform, trainer!, organisation.id, { title: { en: 'Panel on stalkerware' } });
  await register(platform, event.slug, person.email, { organisationName: 'Centro Aurora', accessibilityNeeds: `Captions please, ${person.name}` });
  await requestMagicLink(platform, { email: person.email }, requestMeta());
  const now = platform.clock.now().toISOString();
  await platform.db
    .insertInto('invitations')
    .values({ id: newId(), organisationId: organisation.id, email: person.email, role: 'trainer', tokenHash: newId(), invitedByUserId: admin.userId, createdAt: now, expiresAt: now, acceptedAt: null, acceptedByUserId: null, revokedAt: null })
    .execute();
  return { admin, organisation, trainer: trainer!, coordinator: coordinatorMembership!, cohort, pathwayId, event, person, userId, cookie, actor };
}

/** Someone else of the same organisation with a completed course of their own. */
export async function anotherPerson(platform: Platform, world: { organisation: { id: string }; cohort: { id: string } }, n = 2): Promise<{ actor: Actor; email: string; name: string }> {
  const person = uniquePerson(n);
  await createUser(platform, { ...person, memberships: [[world.organisation.id, 'learner']] });
  const actor = await actorFor(platform, await signInCookie(platform, person.email));
  await enrolInCohort(platform, actor, world.cohort.id);
  await completeSampleCourse(platform, actor, world.cohort.id);
  return { actor, ...person };
}
