/** Names of the domain's fixed vocabularies. */
export default {
  sector: {
    womens_support_service: "Women's support service",
    perpetrator_programme: 'Perpetrator programme',
    public_authority: 'Public authority',
    law_enforcement: 'Law enforcement',
    health: 'Health',
    education: 'Education',
    other: 'Other',
  },
  role: {
    learner: 'learner',
    trainer: 'trainer',
    coordinator: 'coordinator',
  },
  roleTitle: {
    learner: 'Learner',
    trainer: 'Trainer',
    coordinator: 'Coordinator',
    admin: 'Platform administrator',
  },
  lessonMedia: {
    callout: { note: 'Note', tip: 'Tip', warning: 'Warning', important: 'Important', caution: 'Caution' },
    transcript: 'Transcript',
    fileInfo: '{type}, {size}',
  },
} as const;
