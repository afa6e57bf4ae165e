import type { DB, Kysely } from '@destalk/db';
import { newId } from '../../ids.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Platform } from '../../platform.ts';
import { authNow } from './update-profile.ts';

export interface VerifiedAccountInput {
  name: string;
  email: string;
  password: string;
  locale: Locale | null;
  isPlatformAdmin?: boolean;
}

/**
 * Writes an account whose address is already proven (an accepted invitation, the operator's
 * `create-admin`, demo data) with its password credential, in the caller's transaction — the same
 * rows better-auth writes on sign-up (its schema parity is tested). Hash before opening the
 * transaction: hashing is slow and must not hold the database's write lock.
 */
export async function hashPassword(platform: Pick<Platform, 'auth'>, password: string): Promise<string> {
  const context = await platform.auth.$context;
  return context.password.hash(password);
}

export async function insertVerifiedAccount(
  trx: Kysely<DB>,
  platform: Pick<Platform, 'clock' | 'dialect'>,
  input: Omit<VerifiedAccountInput, 'password'> & { passwordHash: string },
): Promise<string> {
  const userId = newId();
  const now = authNow(platform);
  const bool = (value: boolean) => (platform.dialect === 'postgres' ? value : Number(value));
  await trx
    .insertInto('users')
    .values({
      id: userId,
      name: input.name,
      email: input.email.toLowerCase(),
      emailVerified: bool(true),
      twoFactorEnabled: bool(false),
      isPlatformAdmin: bool(input.isPlatformAdmin ?? false),
      locale: input.locale,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  await trx
    .insertInto('accounts')
    .values({ id: newId(), accountId: userId, providerId: 'credential', userId, password: input.passwordHash, createdAt: now, updatedAt: now })
    .execute();
  return userId;
}
