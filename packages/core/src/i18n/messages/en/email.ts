/**
 * E-mail texts. Subject lines are deliberately discreet: someone else may see the inbox, so no
 * subject mentions violence, abuse, stalkerware or the platform's purpose.
 */
export default {
  greeting: 'Hello {name},',
  greetingNoName: 'Hello,',
  ignoreIfNotYou: 'If you did not ask for this, you can ignore this message; nothing will change.',
  linkExpires: '{hours, plural, one {This link works for # hour.} other {This link works for # hours.}}',
  linkExpiresMinutes: '{minutes, plural, one {This link works for # minute.} other {This link works for # minutes.}}',
  copyLink: 'If the button does not work, copy this address into your browser:',
  signature: 'The {appName} team',
  footer: 'You receive this message because of an action on {appName} ({publicUrl}).',
  verifyEmail: {
    subject: 'Confirm your e-mail address',
    intro: 'Please confirm your e-mail address to finish creating your account.',
    action: 'Confirm e-mail address',
  },
  accountExists: {
    subject: 'About your account',
    intro: 'Someone tried to create an account with this e-mail address, but an account already exists.',
    hint: 'If it was you, sign in or reset your password:',
    action: 'Sign in',
  },
  resetPassword: {
    subject: 'Reset your password',
    intro: 'We received a request to reset the password of your account.',
    action: 'Choose a new password',
  },
  magicLink: {
    subject: 'Your sign-in link',
    intro: 'Use this link to sign in. It works once.',
    action: 'Sign in',
  },
  magicLinkTwoFactor: {
    subject: 'Your sign-in request',
    intro: 'Your account is protected by two-step verification, so sign-in links are turned off for it.',
    hint: 'Please sign in with your password and your authenticator code:',
    action: 'Go to sign in',
  },
  invitation: {
    subject: 'You have been invited to a training space',
    intro: '{inviterName} invites you to join {organisationName} on {appName} as {role}.',
    action: 'View the invitation',
    expires: '{days, plural, one {The invitation is valid for # day.} other {The invitation is valid for # days.}}',
  },
  certificateReminder: {
    subjectSoon: 'Your certificate expires on {date}',
    subjectExpired: 'Your certificate has expired',
    introSoon: 'Your training certificate expires on {date}. Taking the refresher renews it for another period.',
    introExpired: 'Your training certificate expired on {date}. Taking the refresher renews it.',
    action: 'See your refreshers',
  },
  cohortEnrolled: {
    subjectSeated: 'You have been enrolled in a course',
    subjectWaitlisted: 'You are on a course waitlist',
    introSeated: '{senderName} enrolled you in {courseTitle} ({cohortTitle}).',
    introWaitlisted: '{senderName} put you on the waitlist of {courseTitle} ({cohortTitle}). You are number {position}; we will e-mail you when a seat is yours.',
    action: 'Open your courses',
  },
  cohortMessage: {
    subject: 'A message about your course',
    intro: '{senderName} wrote to the cohort {cohortTitle}:',
    action: 'Open the course',
  },
  discussionDigest: {
    subject: 'New posts in your course discussion',
    intro: '{count, plural, one {# new post} other {# new posts}} in the discussion of {cohortTitle}. Threads:',
    action: 'Open the discussion',
    why: 'You get this e-mail because you asked for a daily digest. You can turn it off on the discussion page.',
  },
  seatConfirmed: {
    subject: 'Your place is confirmed',
    intro: 'A place has become free in {courseTitle} ({cohortTitle}) and it is now yours.',
    action: 'Open the course',
  },
  passwordChanged: {
    subject: 'Your password was changed',
    intro: 'The password of your account was changed on {date}.',
    hint: 'If you did not do this, reset your password now and contact your coordinator.',
    action: 'Reset password',
  },
  twoFactorChanged: {
    subject: 'Your sign-in settings changed',
    enabled: 'Two-step verification was turned on for your account on {date}.',
    disabled: 'Two-step verification was turned off for your account on {date}.',
    hint: 'If you did not do this, reset your password now and contact your coordinator.',
    action: 'Review your security settings',
  },
} as const;
