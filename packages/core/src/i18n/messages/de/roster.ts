import type { Translation } from '../catalogue.ts';
import type en from '../en/roster.ts';

const roster: Translation<typeof en> = {
  name: 'Name',
  email: 'E-Mail',
  status: 'Status',
  waitlistPosition: 'Wartelistenplatz',
  track: 'Lernpfad',
  progress: 'Fortschritt',
  lastActive: 'Zuletzt aktiv',
  completed: 'Abgeschlossen am',
  certificate: 'Bescheinigung',
  certificateStatus: 'Status der Bescheinigung',
  statusValue: {
    seated: 'Angemeldet',
    completed: 'Abgeschlossen',
    waitlisted: 'Warteliste',
  },
  trackValue: {
    victim_support: 'Unterstützungseinrichtungen für Betroffene',
    perpetrator_programme: 'Täterarbeit',
    public_authority: 'Öffentliche Stellen',
  },
  certificateValue: {
    valid: 'Gültig',
    expired: 'Abgelaufen',
    revoked: 'Widerrufen',
  },
};
export default roster;
