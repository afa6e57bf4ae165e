import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeDatabaseUrl, dialectOf } from '@destalk/db';
import { z } from 'zod';
import { DEFAULT_APP_NAME, DEFAULT_EXIT_URL } from './defaults.ts';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Every setting the platform reads from the environment, with safe defaults for the embedded
 * mode (`npm start` on a laptop). `.env.example` documents each one.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Web processes sharing the port (one per CPU core suits a dedicated machine). */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  /** Memory for memoised page renders per web process, in MB; 0 turns memoising off (read by apps/web). */
  RENDER_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(32),
  /** Defaults to http://localhost:PORT, which suits the embedded mode on one machine. */
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().min(1).optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Training platform <no-reply@localhost>'),
  APP_NAME: z.string().min(1).max(60).default(DEFAULT_APP_NAME),
  EXIT_URL: z.url().default(DEFAULT_EXIT_URL),
  STORAGE_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  /**
   * Start the platform's clock at this moment (ISO 8601) instead of now; it then runs normally.
   * For rehearsing reminders and expiries on a test or training installation — never in production.
   */
  CLOCK_START: z.iso.datetime().optional(),
  /** The course packages the demo seed imports (the platform's own courses ship here). */
  COURSES_DIR: z.string().min(1).default('./content/courses'),
  /** The practitioner tools (one folder per tool); an organisation adds or upgrades tools here without code. */
  TOOLS_DIR: z.string().min(1).default('./content/tools'),
  /** Campaign themes, shared campaign texts and the campaign guidelines (files per language). */
  CAMPAIGNS_DIR: z.string().min(1).default('./content/campaigns'),
  /** The pathways the demo seed imports. */
  PATHWAYS_DIR: z.string().min(1).default('./content/pathways'),
  /** How long an anonymised copy of a tool a practitioner saved is kept. */
  TOOL_COPY_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  TRUST_PROXY: bool.default(false),
  JOBS_POLL_MS: z.coerce.number().int().min(20).max(60_000).default(1000),
  /** Start the job workers in this process (turn off on web-only instances that run next to a worker). */
  RUN_JOBS: bool.default(true),
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(730),
  /** Base URL the admin's "refresh indicators" downloads ioc.yaml, watchware.yaml and samples.csv from. */
  IOC_FEED_URL: z.union([z.url(), z.literal('none')]).default('https://raw.githubusercontent.com/AssoEchap/stalkerware-indicators/master/'),
  IOC_REPORT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  IOC_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(10_000).default(1024),
});

export type RawEnv = z.input<typeof envSchema>;

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  webConcurrency: number;
  publicUrl: string;
  /** True when PUBLIC_URL is https: cookies are Secure and HSTS is sent. */
  secure: boolean;
  dataDir: string;
  databaseUrl: string;
  databaseDialect: 'sqlite' | 'postgres';
  databasePoolMax: number;
  sessionSecret: string;
  /** Where the secret came from, for the start-up line. */
  sessionSecretSource: 'environment' | 'data-dir';
  smtpUrl: string | undefined;
  mailFrom: string;
  appName: string;
  exitUrl: string;
  storageDir: string;
  logLevel: string;
  seedDemo: 'auto' | 'true' | 'false';
  coursesDir: string;
  toolsDir: string;
  campaignsDir: string;
  pathwaysDir: string;
  toolCopyRetentionDays: number;
  clockStart: string | undefined;
  trustProxy: boolean;
  jobsPollMs: number;
  runJobs: boolean;
  outboxRetentionDays: number;
  auditRetentionDays: number;
  /** undefined when refreshing from a URL is turned off (IOC_FEED_URL=none). */
  iocFeedUrl: string | undefined;
  iocReportRetentionDays: number;
  iocMaxUploadBytes: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Validates the environment. Without SESSION_SECRET the embedded mode keeps a generated secret
 * in DATA_DIR so sessions survive restarts; on PostgreSQL (several instances) it must be set.
 */
export function loadConfig(source: Record<string, string | undefined> = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  const databaseUrl = e.DATABASE_URL ?? `sqlite:${join(dataDir, 'destalk.db')}`;
  const databaseDialect = dialectOf(databaseUrl);
  if (databaseDialect === 'postgres' && !e.SESSION_SECRET) {
    throw new ConfigError(['SESSION_SECRET: required with PostgreSQL (every instance must share it); use 32+ random characters']);
  }
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl,
    secure: publicUrl.startsWith('https://'),
    dataDir,
    databaseUrl,
    databaseDialect,
    databasePoolMax: e.DATABASE_POOL_MAX,
    sessionSecret: e.SESSION_SECRET ?? persistedSecret(dataDir),
    sessionSecretSource: e.SESSION_SECRET ? 'environment' : 'data-dir',
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    appName: e.APP_NAME,
    exitUrl: e.EXIT_URL,
    storageDir: resolve(e.STORAGE_DIR ?? join(dataDir, 'files')),
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO,
    coursesDir: resolve(e.COURSES_DIR),
    toolsDir: resolve(e.TOOLS_DIR),
    campaignsDir: resolve(e.CAMPAIGNS_DIR),
    pathwaysDir: resolve(e.PATHWAYS_DIR),
    toolCopyRetentionDays: e.TOOL_COPY_RETENTION_DAYS,
    clockStart: e.CLOCK_START,
    trustProxy: e.TRUST_PROXY,
    jobsPollMs: e.JOBS_POLL_MS,
    runJobs: e.RUN_JOBS,
    webConcurrency: e.WEB_CONCURRENCY,
    outboxRetentionDays: e.OUTBOX_RETENTION_DAYS,
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    iocFeedUrl: e.IOC_FEED_URL === 'none' ? undefined : e.IOC_FEED_URL,
    iocReportRetentionDays: e.IOC_REPORT_RETENTION_DAYS,
    iocMaxUploadBytes: e.IOC_MAX_UPLOAD_MB * 1024 * 1024,
  };
}

function persistedSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The one line printed at start-up: which database, mail, storage and public URL are used. */
export function describeConfig(config: AppConfig): string {
  const mail = config.smtpUrl ? `smtp ${new URL(config.smtpUrl).host}` : 'outbox (no SMTP_URL; messages kept for admins)';
  return [
    `database=${describeDatabaseUrl(config.databaseUrl)}`,
    `mail=${mail}`,
    `storage=local ${config.storageDir}`,
    `jobs=${config.databaseDialect === 'postgres' ? 'pg-boss' : 'database runner'}${config.runJobs ? '' : ' (enqueue only)'}`,
    `public_url=${config.publicUrl}`,
    ...(config.webConcurrency > 1 ? [`web_processes=${config.webConcurrency}`] : []),
    ...(config.clockStart ? [`CLOCK SHIFTED: started at ${config.clockStart} (test installations only)`] : []),
  ].join(' ');
}
