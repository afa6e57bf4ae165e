import type { Translation } from '../catalogue.ts';
import type en from '../en/event-export.ts';

/** Event registrations as exported to a spreadsheet (see ../en/event-export.ts). */
const eventExport: Translation<typeof en> = {
  sheet: 'Anmeldungen',
  yes: 'Ja',
  no: 'Nein',
  columns: {
    name: 'Name',
    email: 'E-Mail',
    organisation: 'Organisation',
    sector: 'Bereich',
    country: 'Land',
    accessibility: 'Barrierefreiheit',
    status: 'Stand',
    waitlistPosition: 'Platz auf der Warteliste',
    registered: 'Angemeldet',
    confirmed: 'Bestätigt',
    attended: 'Teilgenommen',
    attendance: 'Teilnahme erfasst über',
    consentVersion: 'Fassung der Einwilligung',
    consentedAt: 'Einwilligung erteilt',
    consentText: 'Text der Einwilligung',
    certificateRequested: 'Bescheinigung angefordert',
  },
  status: {
    pending: 'E-Mail-Bestätigung ausstehend',
    confirmed: 'Platz bestätigt',
    waitlisted: 'Warteliste',
    offered: 'Platz angeboten',
    cancelled: 'Storniert',
    expired: 'Angebot abgelaufen',
  },
  source: {
    join_link: 'Persönlicher Teilnahmelink',
    check_in: 'Anwesenheitsliste',
  },
};

export default eventExport;
