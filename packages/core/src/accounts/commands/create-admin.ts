import { z } from 'zod';
import { emailSchema } from '../../organisations/schema.ts';
import type { Platform } from '../../platform.ts';
import { parseInput } from '../../validation.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth.ts';
import { hashPassword, insertVerifiedAccount } from './create-verified-account.ts';

const createAdminInput = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, 'validation:required').max(100, 'validation:tooLong'),
  password: z.string().min(PASSWORD_MIN_LENGTH, 'validation:passwordTooShort').max(PASSWORD_MAX_LENGTH, 'validation:tooLong'),
});

/**
 * The operator's way in (`destalk create-admin`): a new, confirmed platform-admin account, or an
 * existing account promoted (its password then stays as it is). The admin enrols two-step
 * verification at first sign-in before reaching the admin area.
 */
export async function createAdmin(platform: Platform, input: unknown): Promise<{ userId: string; created: boolean }> {
  const data = parseInput(createAdminInput, input);
  const passwordHash = await hashPassword(platform, data.password);
  return platform.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('users').select('id').where('email', '=', data.email).executeTakeFirst();
    if (existing) {
      await trx.updateTable('users').set({ isPlatformAdmin: platform.dialect === 'postgres' ? true : 1 }).where('id', '=', existing.id).execute();
      return { userId: existing.id, created: false };
    }
    const userId = await insertVerifiedAccount(trx, platform, { name: data.name, email: data.email, passwordHash, locale: null, isPlatformAdmin: true });
    return { userId, created: true };
  });
}
