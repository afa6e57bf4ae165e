import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../accounts/auth.ts';

/** What a consent record is about. `privacy_notice`: the person read the privacy notice at sign-up. */
export const CONSENT_KINDS = ['privacy_notice'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export const DATA_REQUEST_KINDS = ['export', 'deletion'] as const;
export type DataRequestKind = (typeof DATA_REQUEST_KINDS)[number];

/** How a request ended: an export was handed over; an account was anonymised in place. */
export type DataRequestOutcome = 'delivered' | 'anonymised';

/** The sign-up form's tick box: the person has read the privacy notice. */
export const privacyNoticeTick = z.literal('yes', { error: 'validation:privacyNoticeRequired' });

/** Deleting an account: the current password and an explicit tick, never a session alone. */
export const deleteAccountInput = z.object({
  password: z.string().min(1, 'validation:required').max(PASSWORD_MAX_LENGTH, 'validation:tooLong'),
  confirm: z.literal('yes', { error: 'validation:deletionConfirmRequired' }),
});
