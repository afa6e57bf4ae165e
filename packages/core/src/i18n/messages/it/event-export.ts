import type { Translation } from '../catalogue.ts';
import type en from '../en/event-export.ts';

/** Event registrations as exported to a spreadsheet (see ../en/event-export.ts). */
const eventExport: Translation<typeof en> = {
  sheet: 'Iscrizioni',
  yes: 'Sì',
  no: 'No',
  columns: {
    name: 'Nome',
    email: 'E-mail',
    organisation: 'Organizzazione',
    sector: 'Settore',
    country: 'Paese',
    accessibility: 'Esigenze di accessibilità',
    status: 'Stato',
    waitlistPosition: 'Posizione in lista d’attesa',
    registered: 'Iscrizione',
    confirmed: 'Conferma',
    attended: 'Presenza',
    attendance: 'Presenza registrata tramite',
    consentVersion: 'Versione del consenso',
    consentedAt: 'Consenso dato',
    consentText: 'Testo del consenso',
    certificateRequested: 'Attestato richiesto',
  },
  status: {
    pending: 'In attesa di conferma via e-mail',
    confirmed: 'Posto confermato',
    waitlisted: 'Lista d’attesa',
    offered: 'Posto offerto',
    cancelled: 'Annullata',
    expired: 'Offerta scaduta',
  },
  source: {
    join_link: 'Link personale di accesso',
    check_in: 'Registro presenze',
  },
};

export default eventExport;
