import { z } from 'zod';
import { SUPPORTED_LOCALES } from '../i18n/locales.ts';
import { emailSchema } from '../organisations/schema.ts';
import { privacyNoticeTick } from '../privacy/schema.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './auth.ts';

const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, 'validation:passwordTooShort')
  .max(PASSWORD_MAX_LENGTH, 'validation:tooLong');
/** A password being checked is never length-validated (old accounts may predate the rule). */
const existingPassword = z.string().min(1, 'validation:required').max(PASSWORD_MAX_LENGTH, 'validation:tooLong');
const personName = z.string().trim().min(1, 'validation:required').max(100, 'validation:tooLong');
const token = z.string().trim().min(10, 'validation:invalidInput').max(300, 'validation:invalidInput');
const locale = z.enum(SUPPORTED_LOCALES, { error: 'validation:locale' });

export const signUpInput = z.object({ name: personName, email: emailSchema, password: newPassword, privacyNotice: privacyNoticeTick });
export const signInInput = z.object({ email: emailSchema, password: existingPassword });
export const emailOnlyInput = z.object({ email: emailSchema });
export const tokenInput = z.object({ token });
export const resetPasswordInput = z.object({ token, password: newPassword });
export const totpCodeInput = z.object({
  code: z.string().trim().regex(/^\d{6}$/, 'validation:totpCode'),
  trustDevice: z.boolean().default(false),
});
export const backupCodeInput = z.object({ code: z.string().trim().min(6, 'validation:backupCode').max(40, 'validation:backupCode') });
export const passwordConfirmationInput = z.object({ password: existingPassword });
export const changePasswordInput = z.object({ currentPassword: existingPassword, newPassword });
export const profileInput = z.object({ name: personName, locale });
export const localeInput = z.object({ locale });
