/**
 * The database's shape as Kysely sees it. Written by hand next to the migrations (one source of
 * truth per table, reviewed together). Auth tables hold native dates/booleans (better-auth's
 * adapter converts them); our own tables hold ISO-8601 text timestamps.
 */
import type { ColumnType } from 'kysely';

/** better-auth stores a Date; SQLite returns it as text, PostgreSQL as a Date. */
type AuthTimestamp = ColumnType<Date | string, Date | string, Date | string>;
/** SQLite returns 0/1, PostgreSQL true/false. Read through `toBool`. */
type AuthBoolean = ColumnType<boolean | number, boolean | number, boolean | number>;

export interface UsersTable {
  id: string;
  name: string;
  email: string;
  emailVerified: AuthBoolean;
  image: string | null;
  createdAt: AuthTimestamp;
  updatedAt: AuthTimestamp;
  twoFactorEnabled: AuthBoolean | null;
  locale: string | null;
  isPlatformAdmin: AuthBoolean | null;
  /** Set when the person deleted their account: the row stays as a tombstone without personal data. */
  anonymisedAt: string | null;
}

export interface SessionsTable {
  id: string;
  expiresAt: AuthTimestamp;
  token: string;
  createdAt: AuthTimestamp;
  updatedAt: AuthTimestamp;
  ipAddress: string | null;
  userAgent: string | null;
  userId: string;
}

export interface AccountsTable {
  id: string;
  accountId: string;
  providerId: string;
  userId: string;
  accessToken: string | null;
  refreshToken: string | null;
  idToken: string | null;
  accessTokenExpiresAt: AuthTimestamp | null;
  refreshTokenExpiresAt: AuthTimestamp | null;
  scope: string | null;
  password: string | null;
  createdAt: AuthTimestamp;
  updatedAt: AuthTimestamp;
}

export interface VerificationsTable {
  id: string;
  identifier: string;
  value: string;
  expiresAt: AuthTimestamp;
  createdAt: AuthTimestamp;
  updatedAt: AuthTimestamp;
}

export interface TwoFactorsTable {
  id: string;
  secret: string;
  backupCodes: string;
  userId: string;
  verified: AuthBoolean | null;
  failedVerificationCount: number | null;
  lockedUntil: AuthTimestamp | null;
}

export interface RegionsTable {
  id: string;
  slug: string;
  name: string;
  countryCode: string;
  defaultLocale: string;
  createdAt: string;
  updatedAt: string;
}

export interface OrganisationsTable {
  id: string;
  slug: string;
  name: string;
  sector: string;
  countryCode: string;
  regionId: string;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

export interface MembershipsTable {
  id: string;
  userId: string;
  organisationId: string;
  role: string;
  createdAt: string;
  updatedAt: string;
}

export interface InvitationsTable {
  id: string;
  organisationId: string;
  email: string;
  role: string;
  tokenHash: string;
  invitedByUserId: string | null;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  acceptedByUserId: string | null;
  revokedAt: string | null;
}

export interface AuditEventsTable {
  id: string;
  occurredAt: string;
  event: string;
  actorUserId: string | null;
  organisationId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  /** JSON text. */
  data: string;
  requestId: string | null;
}

export interface OutboxEmailsTable {
  id: string;
  createdAt: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  template: string;
  locale: string;
  /** JSON array of `{ filename, contentType, content }` (text attachments such as calendar files). */
  attachments?: string | null;
}

export interface JobsTable {
  id: string;
  queue: string;
  /** JSON text. */
  payload: string;
  state: 'queued' | 'active' | 'completed' | 'failed';
  attempts: ColumnType<number, number | undefined, number>;
  maxAttempts: number;
  backoffSeconds: number;
  runAt: string;
  lockedUntil: string | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface RateLimitsTable {
  key: string;
  /** Epoch milliseconds; PostgreSQL bigint comes back as a string. */
  windowStartedAt: ColumnType<number | string, number, number>;
  hits: number;
}

export interface IocFeedSetsTable {
  id: string;
  /** Where the snapshot came from (folder or URL), as the operator gave it. */
  source: string;
  version: string;
  /** JSON: the provenance (source, version, date, licence, attribution, url). */
  provenance: string;
  /** JSON: counts of apps and indicators. */
  counts: string;
  warnings: number;
  importedAt: string;
  importedByUserId: string | null;
  /** 1 for the set in use, 0 for earlier ones. */
  active: number;
}

export interface IocFeedFilesTable {
  id: string;
  setId: string;
  fileName: string;
  kind: string;
  sha256: string;
  bytes: number;
  content: string;
}

export interface IocSavedReportsTable {
  id: string;
  organisationId: string;
  createdByUserId: string | null;
  label: string;
  summaryKey: string;
  high: number;
  medium: number;
  low: number;
  /** JSON of the redacted report. */
  report: string;
  createdAt: string;
  expiresAt: string;
}

/** JSON text of `{ [locale]: string }`. */
type LocalizedJson = string;

export interface CoursesTable {
  id: string;
  slug: string;
  defaultLocale: string;
  certificateValidityMonths: number;
  refresherOfCourseId: string | null;
  createdByUserId: string | null;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

export interface CourseVersionsTable {
  id: string;
  courseId: string;
  number: number;
  /** draft | published | retired */
  status: string;
  /** JSON array of locale codes. */
  locales: string;
  title: LocalizedJson;
  summary: LocalizedJson;
  /** JSON: the self-assessment statements. */
  selfAssessment: string;
  createdAt: string;
  publishedAt: string | null;
}

export interface CourseModulesTable {
  id: string;
  versionId: string;
  key: string;
  position: number;
  audience: string;
  title: LocalizedJson;
}

export interface CourseLessonsTable {
  id: string;
  moduleId: string;
  versionId: string;
  key: string;
  position: number;
  audience: string;
  required: number;
  title: LocalizedJson;
  /** Markdown per locale. */
  body: LocalizedJson;
  /** JSON array of item keys asked (ungraded) at the end of the lesson. */
  knowledgeCheck: string;
}

export interface QuizItemsTable {
  id: string;
  versionId: string;
  key: string;
  type: string;
  /** JSON of the item (stem, options with feedback, correct answers, vignette, children). */
  content: string;
}

export interface QuizzesTable {
  id: string;
  versionId: string;
  moduleId: string | null;
  key: string;
  title: LocalizedJson;
  passMark: number;
  attemptLimit: number;
  shuffle: number;
  itemKeys: string;
}

export interface CohortsTable {
  id: string;
  courseId: string;
  versionId: string;
  organisationId: string | null;
  regionId: string | null;
  title: string;
  startsAt: string;
  endsAt: string;
  enrolmentOpensAt: string;
  enrolmentClosesAt: string;
  seatCap: number;
  /** self | invitation */
  enrolmentMode: string;
  /** JSON: { sectors?, countries?, organisationIds? } */
  eligibility: string;
  nextWaitlistPosition: number;
  createdByUserId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CohortFacilitatorsTable {
  cohortId: string;
  userId: string;
}

export interface EnrolmentsTable {
  id: string;
  cohortId: string;
  userId: string;
  /** seated | waitlisted | withdrawn | removed | completed */
  status: string;
  waitlistPosition: number | null;
  audience: string;
  requestedAt: string;
  seatedAt: string | null;
  leftAt: string | null;
  completedAt: string | null;
  lastLessonId: string | null;
  lastActiveAt: string | null;
}

export interface LessonCompletionsTable {
  enrolmentId: string;
  lessonId: string;
  completedAt: string;
}

export interface QuizAttemptsTable {
  id: string;
  enrolmentId: string;
  quizId: string;
  number: number;
  itemOrder: string;
  answers: string;
  score: number;
  passed: number;
  submittedAt: string;
}

export interface SelfAssessmentsTable {
  id: string;
  enrolmentId: string;
  /** enrolment | completion | follow_up */
  moment: string;
  answers: string;
  submittedAt: string;
  /** Mean rating (1–5) of the knowledge statements, for reports. */
  knowledgeScore: number | null;
  /** Mean rating (1–5) of the confidence statements. */
  confidenceScore: number | null;
}

export interface CourseAssetsTable {
  id: string;
  versionId: string;
  /** The path inside the package's `assets/` folder, e.g. `diagram.png`. */
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  bytes: Uint8Array;
}

export interface CertificatesTable {
  id: string;
  /** The public verification code printed on the certificate. */
  code: string;
  userId: string;
  courseId: string;
  enrolmentId: string;
  organisationId: string | null;
  /** The name as printed when issued (a later name change does not rewrite a certificate). */
  holderName: string;
  locale: string;
  issuedAt: string;
  expiresAt: string;
  revokedAt: string | null;
  revokedByUserId: string | null;
  revocationReason: string | null;
}

export interface CertificateRenewalsTable {
  id: string;
  certificateId: string;
  enrolmentId: string;
  previousExpiresAt: string;
  expiresAt: string;
  renewedAt: string;
}

export interface CertificateRemindersTable {
  certificateId: string;
  /** `d60`, `d30`, `d7` before expiry, or `expired`. */
  kind: string;
  /** The expiry the reminder was about (a renewal starts a new series). */
  expiresAt: string;
  sentAt: string;
}

export interface CohortPostsTable {
  id: string;
  cohortId: string;
  /** Null for a thread's opening post; the opening post's id for a reply. */
  threadId: string | null;
  authorUserId: string | null;
  /** Opening posts only. */
  title: string | null;
  body: string;
  createdAt: string;
  /** On an opening post: the time of its latest reply (threads sort by it). */
  lastActivityAt: string;
  pinnedAt: string | null;
  hiddenAt: string | null;
  hiddenByUserId: string | null;
}

export interface CohortDigestSubscriptionsTable {
  cohortId: string;
  userId: string;
  subscribedAt: string;
  lastSentAt: string;
}

export interface CourseDraftsTable {
  courseId: string;
  /** The working copy as a JSON course package (without files). */
  document: string;
  /** The version it started from (null for a new course). */
  baseVersionNumber: number | null;
  updatedAt: string;
  updatedByUserId: string | null;
}

export interface CourseDraftAssetsTable {
  courseId: string;
  name: string;
  mediaType: string;
  size: number;
  bytes: Uint8Array;
}

export interface PathwaysTable {
  id: string;
  slug: string;
  /** `victim_support`, `perpetrator_programme` or `public_authority`. */
  audience: string;
  /** `draft`, `published` or `archived`. */
  status: string;
  title: LocalizedJson;
  summary: LocalizedJson;
  certificateValidityMonths: number;
  createdByUserId: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface PathwayStepsTable {
  id: string;
  pathwayId: string;
  position: number;
  /** `course`, `tool_practice`, `live_session`, `reading` or `reflection`. */
  kind: string;
  courseId: string | null;
  toolSlug: string | null;
  /** Live sessions: the event whose recorded attendance completes the step (a facilitator may confirm it too). */
  eventId: string | null;
  title: LocalizedJson;
  /** Markdown per language: instructions, the reading itself, or the reflection question. */
  body: LocalizedJson;
}

export interface PathwayEnrolmentsTable {
  id: string;
  pathwayId: string;
  userId: string;
  /** The organisation whose trainers review and confirm (null once it is gone). */
  organisationId: string | null;
  enrolledAt: string;
  completedAt: string | null;
}

export interface PathwayStepRecordsTable {
  enrolmentId: string;
  stepId: string;
  completedAt: string;
  /** `course`, `practice`, `learner` (marked read), `reviewer` (reflection accepted), `facilitator`, `event`. */
  source: string;
  confirmedByUserId: string | null;
}

export interface PathwayReflectionsTable {
  id: string;
  enrolmentId: string;
  stepId: string;
  answer: string;
  /** `submitted`, `accepted` or `returned`. */
  status: string;
  feedback: string | null;
  submittedAt: string;
  reviewedAt: string | null;
  reviewerUserId: string | null;
}

export interface PathwayCertificatesTable {
  id: string;
  code: string;
  userId: string;
  pathwayId: string;
  enrolmentId: string;
  organisationId: string | null;
  holderName: string;
  locale: string;
  issuedAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface ToolPracticeResultsTable {
  userId: string;
  toolSlug: string;
  caseKey: string;
  toolVersion: string;
  passedAt: string;
}

export interface ToolSavedCopiesTable {
  id: string;
  userId: string;
  toolSlug: string;
  toolVersion: string;
  locale: string;
  /** JSON of the structured answers only (free text is never saved). */
  answers: string;
  /** JSON of the raised flag keys. */
  flags: string;
  createdAt: string;
  expiresAt: string;
}

export interface EventsTable {
  id: string;
  slug: string;
  organisationId: string;
  regionId: string;
  /** `draft`, `published` or `cancelled`. */
  status: string;
  /** `online`, `in_person` or `hybrid`. */
  format: string;
  /** IANA time zone the event is planned in, e.g. `Europe/Rome`. */
  timezone: string;
  startsAt: string;
  endsAt: string;
  title: LocalizedJson;
  summary: LocalizedJson;
  /** Markdown per language. */
  description: LocalizedJson;
  /** JSON array of language codes spoken. */
  spokenLanguages: string;
  /** JSON array of subtitle language codes. */
  subtitleLanguages: string;
  /** Sign-language interpretation, as a localized JSON text (null: none). */
  signLanguage: string | null;
  venue: string | null;
  /** Never on a public page: revealed to confirmed registrants from joinRevealMinutes before the start. */
  joinUrl: string | null;
  joinRevealMinutes: number;
  capacity: number;
  offerHours: number;
  /** JSON array of custom registration questions. */
  questions: string;
  consentText: LocalizedJson;
  consentVersion: number;
  erasureDays: number;
  recordingUrl: string | null;
  slidesUrl: string | null;
  nextWaitlistPosition: number;
  createdByUserId: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  /** JSON array of reminder kinds already sent (`24h`, `1h`). */
  remindersSent: string;
  thankYouSentAt: string | null;
  erasedAt: string | null;
}

export interface EventSpeakersTable {
  id: string;
  eventId: string;
  position: number;
  name: string;
  affiliation: string;
  bio: LocalizedJson;
  photoType: string | null;
  photo: Uint8Array | null;
}

export interface EventSessionsTable {
  id: string;
  eventId: string;
  /** `talk`, `panel` or `break`. */
  kind: string;
  startsAt: string;
  endsAt: string;
  title: LocalizedJson;
  description: LocalizedJson;
  /** JSON array of speaker ids, in order. */
  speakerIds: string;
}

export interface EventRegistrationsTable {
  id: string;
  eventId: string;
  /** `pending` (e-mail not confirmed), `confirmed`, `waitlisted`, `offered`, `cancelled`, `expired`. */
  status: string;
  email: string | null;
  name: string | null;
  organisationName: string | null;
  sector: string | null;
  country: string | null;
  accessibilityNeeds: string | null;
  /** JSON of the answers to the event's own questions. */
  answers: string | null;
  locale: string;
  /** Hash of the personal link's token (the link itself is only in the e-mails). */
  tokenHash: string | null;
  consentVersion: number;
  /** The consent text as shown, in the registrant's language. */
  consentText: string | null;
  consentedAt: string;
  waitlistPosition: number | null;
  offerExpiresAt: string | null;
  createdAt: string;
  confirmedAt: string | null;
  seatedAt: string | null;
  cancelledAt: string | null;
  attendedAt: string | null;
  /** `join_link` or `check_in`. */
  attendanceSource: string | null;
  certificateRequestedAt: string | null;
  surveyAnsweredAt: string | null;
  erasedAt: string | null;
}

export interface EventSurveyResponsesTable {
  id: string;
  eventId: string;
  /** Null for an anonymous answer. */
  registrationId: string | null;
  rating: number;
  usefulness: number;
  comments: string | null;
  createdAt: string;
}

export interface CampaignsTable {
  id: string;
  /** The public address: `/c/<slug>`. */
  slug: string;
  organisationId: string;
  regionId: string;
  name: string;
  /** `draft`, `published` or `archived`. */
  status: string;
  /** JSON array of locale codes, first one is the main language. */
  languages: string;
  audience: string;
  theme: string;
  /** JSON: `{ [locale]: Array<{ key, text }> }` — the chosen and edited key messages. */
  messages: string;
  /** JSON: `Array<{ name, phone, web, hours }>`. */
  contacts: string;
  /** JSON: `{ background, text, accent }` as `#rrggbb`. */
  colours: string;
  createdByUserId: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface CampaignLogosTable {
  id: string;
  campaignId: string;
  position: number;
  name: string;
  mediaType: string;
  width: number;
  height: number;
  bytes: Uint8Array;
  createdAt: string;
}

export interface CampaignKitsTable {
  id: string;
  campaignId: string;
  /** `queued`, `running`, `done` or `failed`. */
  status: string;
  total: number;
  done: number;
  /** JSON: the assets in the ZIP with their sizes and render times. */
  manifest: string | null;
  zip: Uint8Array | null;
  size: number | null;
  error: string | null;
  requestedByUserId: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface CampaignReachTable {
  campaignId: string;
  /** UTC day, `YYYY-MM-DD`. */
  day: string;
  /** `view`, `qr` or `download`. */
  kind: string;
  count: number;
}

export interface ApiTokensTable {
  id: string;
  name: string;
  tokenHash: string;
  /** `organisation` or `region`. */
  scopeKind: string;
  scopeId: string;
  createdByUserId: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface ConsentsTable {
  id: string;
  userId: string | null;
  kind: string;
  version: string;
  locale: string;
  givenAt: string;
  withdrawnAt: string | null;
}

export interface DataRequestsTable {
  id: string;
  /** `export` or `deletion`. */
  kind: string;
  userId: string | null;
  requestedAt: string;
  completedAt: string | null;
  outcome: string | null;
}

export interface DB {
  users: UsersTable;
  sessions: SessionsTable;
  accounts: AccountsTable;
  verifications: VerificationsTable;
  two_factors: TwoFactorsTable;
  regions: RegionsTable;
  organisations: OrganisationsTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  audit_events: AuditEventsTable;
  outbox_emails: OutboxEmailsTable;
  jobs: JobsTable;
  rate_limits: RateLimitsTable;
  ioc_feed_sets: IocFeedSetsTable;
  ioc_feed_files: IocFeedFilesTable;
  ioc_saved_reports: IocSavedReportsTable;
  courses: CoursesTable;
  course_versions: CourseVersionsTable;
  course_modules: CourseModulesTable;
  course_lessons: CourseLessonsTable;
  quiz_items: QuizItemsTable;
  quizzes: QuizzesTable;
  cohorts: CohortsTable;
  cohort_facilitators: CohortFacilitatorsTable;
  enrolments: EnrolmentsTable;
  lesson_completions: LessonCompletionsTable;
  quiz_attempts: QuizAttemptsTable;
  self_assessments: SelfAssessmentsTable;
  course_assets: CourseAssetsTable;
  certificates: CertificatesTable;
  certificate_renewals: CertificateRenewalsTable;
  certificate_reminders: CertificateRemindersTable;
  cohort_posts: CohortPostsTable;
  cohort_digest_subscriptions: CohortDigestSubscriptionsTable;
  course_drafts: CourseDraftsTable;
  course_draft_assets: CourseDraftAssetsTable;
  pathways: PathwaysTable;
  pathway_steps: PathwayStepsTable;
  pathway_enrolments: PathwayEnrolmentsTable;
  pathway_step_records: PathwayStepRecordsTable;
  pathway_reflections: PathwayReflectionsTable;
  pathway_certificates: PathwayCertificatesTable;
  tool_practice_results: ToolPracticeResultsTable;
  tool_saved_copies: ToolSavedCopiesTable;
  events: EventsTable;
  event_speakers: EventSpeakersTable;
  event_sessions: EventSessionsTable;
  event_registrations: EventRegistrationsTable;
  event_survey_responses: EventSurveyResponsesTable;
  campaigns: CampaignsTable;
  campaign_logos: CampaignLogosTable;
  campaign_kits: CampaignKitsTable;
  campaign_reach: CampaignReachTable;
  api_tokens: ApiTokensTable;
  consents: ConsentsTable;
  data_requests: DataRequestsTable;
}
