import type { Platform } from '../../platform.ts';
import { activityOf, consentsOf, dataRequestsOf, membershipsOf, profileOf, sessionsOf } from '../personal-data/account.ts';
import type { ExportContext } from '../personal-data/context.ts';
import { eventRegistrationsOf } from '../personal-data/events.ts';
import { certificatesOf, digestSubscriptionsOf, discussionPostsOf, enrolmentsOf, quizAttemptsOf, selfAssessmentsOf } from '../personal-data/learning.ts';
import { checkReportsOf, pathwayCertificatesOf, pathwaysOf, toolCopiesOf, toolPracticeOf } from '../personal-data/practice.ts';

/**
 * Everything the platform holds about one person, section by section, as readable values (titles
 * in their language, no internal ids, no secrets). The single place that lists what an export
 * contains: a new table with personal data adds its section here.
 */
export async function collectPersonalData(platform: Pick<Platform, 'db' | 'clock'>, userId: string, context: ExportContext) {
  const profile = await profileOf(platform, userId);
  return {
    profile,
    memberships: await membershipsOf(platform, userId, context),
    enrolments: await enrolmentsOf(platform, userId, context),
    quizAttempts: await quizAttemptsOf(platform, userId, context),
    selfAssessments: await selfAssessmentsOf(platform, userId, context),
    certificates: await certificatesOf(platform, userId, context),
    pathways: await pathwaysOf(platform, userId, context),
    pathwayCertificates: await pathwayCertificatesOf(platform, userId, context),
    toolPractice: await toolPracticeOf(platform, userId, context),
    toolSavedCopies: await toolCopiesOf(platform, userId, context),
    checkReportsSaved: await checkReportsOf(platform, userId),
    eventRegistrations: await eventRegistrationsOf(platform, profile.email, context),
    discussionPosts: await discussionPostsOf(platform, userId),
    discussionDigests: await digestSubscriptionsOf(platform, userId),
    consents: await consentsOf(platform, userId),
    sessions: await sessionsOf(platform, userId),
    activity: await activityOf(platform, userId),
    dataRequests: await dataRequestsOf(platform, userId),
  };
}

export type PersonalData = Awaited<ReturnType<typeof collectPersonalData>>;
