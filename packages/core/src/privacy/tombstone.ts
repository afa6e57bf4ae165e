/**
 * What an anonymised account becomes: a row without personal data, kept so that every figure that
 * counts it stays right. Its address can never receive mail (`.invalid` is reserved, RFC 2606).
 * No imports: the e-mail queue reads it too.
 */
export const ANONYMISED_NAME = 'Deleted account';
export const ANONYMISED_DOMAIN = 'anonymised.invalid';

export const anonymisedEmail = (userId: string) => `deleted-${userId}@${ANONYMISED_DOMAIN}`;
export const isAnonymisedEmail = (email: string) => email.trim().toLowerCase().endsWith(`@${ANONYMISED_DOMAIN}`);
