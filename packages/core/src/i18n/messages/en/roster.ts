/** The cohort roster as exported to a spreadsheet. */
export default {
  name: 'Name',
  email: 'E-mail',
  status: 'Status',
  waitlistPosition: 'Waitlist position',
  track: 'Track',
  progress: 'Progress',
  lastActive: 'Last active',
  completed: 'Completed on',
  certificate: 'Certificate',
  certificateStatus: 'Certificate status',
  statusValue: {
    seated: 'Enrolled',
    completed: 'Completed',
    waitlisted: 'Waitlist',
  },
  trackValue: {
    victim_support: 'Victim-support services',
    perpetrator_programme: 'Perpetrator programmes',
    public_authority: 'Public authorities',
  },
  certificateValue: {
    valid: 'Valid',
    expired: 'Expired',
    revoked: 'Revoked',
  },
} as const;
