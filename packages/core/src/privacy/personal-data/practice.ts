import { certificateStatus } from '../../certificates/status.ts';
import type { Platform } from '../../platform.ts';
import { type ExportContext, titleIn } from './context.ts';

type Deps = Pick<Platform, 'db' | 'clock'>;

/** Pathway enrolments, each with the steps completed (how) and the reflections written. */
export async function pathwaysOf(platform: Deps, userId: string, context: ExportContext) {
  const enrolments = await platform.db
    .selectFrom('pathway_enrolments')
    .innerJoin('pathways', 'pathways.id', 'pathway_enrolments.pathwayId')
    .leftJoin('organisations', 'organisations.id', 'pathway_enrolments.organisationId')
    .select(['pathway_enrolments.id', 'pathways.title', 'organisations.name as organisationName', 'pathway_enrolments.enrolledAt', 'pathway_enrolments.completedAt'])
    .where('pathway_enrolments.userId', '=', userId)
    .orderBy('pathway_enrolments.enrolledAt')
    .orderBy('pathway_enrolments.id')
    .execute();
  if (!enrolments.length) return [];
  const ids = enrolments.map((e) => e.id);
  const records = await platform.db
    .selectFrom('pathway_step_records')
    .innerJoin('pathway_steps', 'pathway_steps.id', 'pathway_step_records.stepId')
    .select(['pathway_step_records.enrolmentId', 'pathway_steps.title', 'pathway_steps.kind', 'pathway_step_records.source', 'pathway_step_records.completedAt'])
    .where('pathway_step_records.enrolmentId', 'in', ids)
    .orderBy('pathway_steps.position')
    .execute();
  const reflections = await platform.db
    .selectFrom('pathway_reflections')
    .innerJoin('pathway_steps', 'pathway_steps.id', 'pathway_reflections.stepId')
    .select(['pathway_reflections.enrolmentId', 'pathway_steps.title', 'pathway_reflections.answer', 'pathway_reflections.status', 'pathway_reflections.feedback', 'pathway_reflections.submittedAt', 'pathway_reflections.reviewedAt'])
    .where('pathway_reflections.enrolmentId', 'in', ids)
    .orderBy('pathway_reflections.submittedAt')
    .orderBy('pathway_reflections.id')
    .execute();
  return enrolments.map((e) => ({
    pathway: titleIn(context, e.title),
    organisation: e.organisationName,
    enrolledAt: e.enrolledAt,
    completedAt: e.completedAt,
    stepsCompleted: records
      .filter((r) => r.enrolmentId === e.id)
      .map((r) => ({ step: titleIn(context, r.title), kind: r.kind, completedBy: r.source, completedAt: r.completedAt })),
    reflections: reflections
      .filter((r) => r.enrolmentId === e.id)
      .map((r) => ({ step: titleIn(context, r.title), text: r.answer, status: r.status, feedback: r.feedback, submittedAt: r.submittedAt, reviewedAt: r.reviewedAt })),
  }));
}

export async function pathwayCertificatesOf(platform: Deps, userId: string, context: ExportContext) {
  const rows = await platform.db
    .selectFrom('pathway_certificates')
    .innerJoin('pathways', 'pathways.id', 'pathway_certificates.pathwayId')
    .select(['pathway_certificates.code', 'pathways.title', 'pathway_certificates.holderName', 'pathway_certificates.issuedAt', 'pathway_certificates.expiresAt', 'pathway_certificates.revokedAt'])
    .where('pathway_certificates.userId', '=', userId)
    .orderBy('pathway_certificates.issuedAt')
    .orderBy('pathway_certificates.id')
    .execute();
  const now = platform.clock.now();
  return rows.map((r) => ({
    code: r.code,
    pathway: titleIn(context, r.title),
    nameOnCertificate: r.holderName,
    issuedAt: r.issuedAt,
    expiresAt: r.expiresAt,
    status: certificateStatus(r, now),
    revokedAt: r.revokedAt,
  }));
}

/** Practice cases passed: only that they were passed is kept, never the answers. */
export async function toolPracticeOf(platform: Deps, userId: string, context: ExportContext) {
  const rows = await platform.db.selectFrom('tool_practice_results').select(['toolSlug', 'caseKey', 'toolVersion', 'passedAt']).where('userId', '=', userId).orderBy('passedAt').orderBy('toolSlug').orderBy('caseKey').execute();
  return rows.map((r) => ({ tool: context.toolTitle(r.toolSlug), case: r.caseKey, toolVersion: r.toolVersion, passedAt: r.passedAt }));
}

/** Saved copies of a tool: the structured answers (question → choice) and the flags they raised. */
export async function toolCopiesOf(platform: Deps, userId: string, context: ExportContext) {
  const rows = await platform.db
    .selectFrom('tool_saved_copies')
    .select(['toolSlug', 'toolVersion', 'locale', 'answers', 'flags', 'createdAt', 'expiresAt'])
    .where('userId', '=', userId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    tool: context.toolTitle(r.toolSlug),
    toolVersion: r.toolVersion,
    language: r.locale,
    answers: JSON.parse(r.answers) as Record<string, string | string[]>,
    flagsRaised: JSON.parse(r.flags) as string[],
    savedAt: r.createdAt,
    deletedAfter: r.expiresAt,
  }));
}

/** Stalkerware check reports the person saved for their organisation (redacted; the organisation's record). */
export async function checkReportsOf(platform: Deps, userId: string) {
  const rows = await platform.db
    .selectFrom('ioc_saved_reports')
    .innerJoin('organisations', 'organisations.id', 'ioc_saved_reports.organisationId')
    .select(['ioc_saved_reports.label', 'organisations.name', 'ioc_saved_reports.createdAt', 'ioc_saved_reports.expiresAt'])
    .where('ioc_saved_reports.createdByUserId', '=', userId)
    .orderBy('ioc_saved_reports.createdAt')
    .orderBy('ioc_saved_reports.id')
    .execute();
  return rows.map((r) => ({ label: r.label, organisation: r.name, savedAt: r.createdAt, deletedAfter: r.expiresAt }));
}
