/** The certificate PDF. */
export default {
  title: 'Certificate of completion',
  certifies: 'This certifies that',
  completed: 'has completed the course',
  issued: 'Issued on {date}',
  validUntil: 'Valid until {date}',
  code: 'Verification code',
  verifyAt: 'Check that this certificate is valid at {url}',
  expiredNote: 'This certificate expired on {date}.',
  completedPathway: 'has completed the training pathway',
} as const;
