import { type DB, type Kysely, type DialectName, toBool } from '@destalk/db';
import { betterAuth } from 'better-auth';
import { magicLink, twoFactor } from 'better-auth/plugins';
import type { Logger } from 'pino';
import { enqueueEmail } from '../email/send-email.ts';
import { newId } from '../ids.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';
import type { JobQueue } from '../jobs/job-queue.ts';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
export const EMAIL_VERIFICATION_HOURS = 24;
export const PASSWORD_RESET_MINUTES = 60;
export const MAGIC_LINK_MINUTES = 15;
export const SESSION_DAYS = 7;
export const COOKIE_PREFIX = 'destalk';
/** better-auth extends a session's expiry when it is used after this many seconds. */
export const SESSION_UPDATE_AGE_SECONDS = 24 * 3600;

export interface AuthDeps {
  db: Kysely<DB>;
  dialect: DialectName;
  jobs: JobQueue;
  secret: string;
  publicUrl: string;
  secure: boolean;
  appName: string;
  logger?: Logger;
}

const localeOf = (value: unknown): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);

/**
 * better-auth, configured for server-side use only: its HTTP handler is never mounted. Our
 * React Router actions call `auth.api.*` with the request's headers, so every form works
 * without JavaScript and passes through our own origin checks, rate limits and audit log
 * (ADR 0003). Links in e-mails point to our pages, which call the API on the visitor's
 * explicit confirmation (a POST), so mail scanners that open links cannot use up a token.
 */
export function createAuth(deps: AuthDeps) {
  const link = (path: string, token: string) => `${deps.publicUrl}${path}?token=${encodeURIComponent(token)}`;

  return betterAuth({
    appName: deps.appName,
    baseURL: deps.publicUrl,
    basePath: '/api/auth',
    secret: deps.secret,
    database: { db: deps.db as unknown as Kysely<unknown>, type: deps.dialect },
    telemetry: { enabled: false },
    // Our own database-backed limiter guards every account form (rate-limit/), so that it also
    // counts the server-side calls better-auth's limiter never sees.
    rateLimit: { enabled: false },
    trustedOrigins: [deps.publicUrl],
    logger: {
      level: 'warn',
      log: (level, message) => deps.logger?.[level]({ component: 'better-auth' }, message),
    },
    user: {
      modelName: 'users',
      additionalFields: {
        locale: { type: 'string', required: false, input: true },
        isPlatformAdmin: { type: 'boolean', required: false, input: false, defaultValue: false },
      },
    },
    session: { modelName: 'sessions', expiresIn: SESSION_DAYS * 24 * 3600, updateAge: SESSION_UPDATE_AGE_SECONDS },
    account: { modelName: 'accounts' },
    verification: { modelName: 'verifications' },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      autoSignIn: false,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      resetPasswordTokenExpiresIn: PASSWORD_RESET_MINUTES * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }) => {
        await enqueueEmail(deps.jobs, {
          to: user.email,
          locale: localeOf((user as { locale?: unknown }).locale),
          template: 'resetPassword',
          params: { name: user.name, url: link('/reset-password', token), expiresMinutes: PASSWORD_RESET_MINUTES },
        });
      },
      // Sign-up with a known address answers exactly like a new sign-up; the owner gets a note.
      onExistingUserSignUp: async ({ user }) => {
        await enqueueEmail(deps.jobs, {
          to: user.email,
          locale: localeOf((user as { locale?: unknown }).locale),
          template: 'accountExists',
          params: { url: `${deps.publicUrl}/sign-in` },
        });
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      sendOnSignIn: true,
      autoSignInAfterVerification: false,
      expiresIn: EMAIL_VERIFICATION_HOURS * 3600,
      sendVerificationEmail: async ({ user, token }) => {
        await enqueueEmail(deps.jobs, {
          to: user.email,
          locale: localeOf((user as { locale?: unknown }).locale),
          template: 'verifyEmail',
          params: { name: user.name, url: link('/verify-email', token), expiresHours: EMAIL_VERIFICATION_HOURS },
        });
      },
    },
    plugins: [
      twoFactor({
        issuer: deps.appName,
        schema: { twoFactor: { modelName: 'two_factors' } },
        backupCodeOptions: { amount: 10, length: 10 },
      }),
      magicLink({
        disableSignUp: true,
        expiresIn: MAGIC_LINK_MINUTES * 60,
        sendMagicLink: async ({ email, token }) => {
          const user = await deps.db
            .selectFrom('users')
            .select(['locale', 'twoFactorEnabled'])
            .where('email', '=', email.toLowerCase())
            .executeTakeFirst();
          if (!user) return; // no account: say nothing, send nothing (the page answers the same)
          const locale = localeOf(user.locale);
          // better-auth's magic link skips the second factor, so accounts with two-step
          // verification never receive a usable link (verify-magic-link.ts checks again).
          if (toBool(user.twoFactorEnabled)) {
            await enqueueEmail(deps.jobs, { to: email, locale, template: 'magicLinkTwoFactor', params: { url: `${deps.publicUrl}/sign-in` } });
            return;
          }
          await enqueueEmail(deps.jobs, {
            to: email,
            locale,
            template: 'magicLink',
            params: { url: link('/magic-link/verify', token), expiresMinutes: MAGIC_LINK_MINUTES },
          });
        },
      }),
    ],
    advanced: {
      cookiePrefix: COOKIE_PREFIX,
      useSecureCookies: deps.secure,
      defaultCookieAttributes: { sameSite: 'lax', httpOnly: true, secure: deps.secure, path: '/' },
      // Sessions do not keep IP addresses (data minimisation); rate limits hash them instead.
      ipAddress: { disableIpTracking: true },
      database: { generateId: () => newId() },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
