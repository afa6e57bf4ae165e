import type { Translation } from '../catalogue.ts';
import type en from '../en/domain.ts';

/** German names of the domain's fixed vocabularies (see ../en/domain.ts for notes). */
const domain: Translation<typeof en> = {
  sector: {
    womens_support_service: 'Frauenunterstützungseinrichtung',
    perpetrator_programme: 'Täterarbeit',
    public_authority: 'Behörde / öffentliche Verwaltung',
    law_enforcement: 'Polizei / Strafverfolgung',
    health: 'Gesundheitswesen',
    education: 'Bildung',
    other: 'Sonstiges',
  },
  role: {
    learner: 'Teilnehmer*in',
    trainer: 'Trainer*in',
    coordinator: 'Koordinator*in',
  },
  roleTitle: {
    learner: 'Teilnehmer*in',
    trainer: 'Trainer*in',
    coordinator: 'Koordinator*in',
    admin: 'Plattformadministrator*in',
  },
  lessonMedia: {
    callout: { note: 'Hinweis', tip: 'Tipp', warning: 'Warnung', important: 'Wichtig', caution: 'Vorsicht' },
    transcript: 'Transkript',
    fileInfo: '{type}, {size}',
  },
};
export default domain;
