import type { Translation } from '../catalogue.ts';
import type en from '../en/event-export.ts';

/** Event registrations as exported to a spreadsheet (see ../en/event-export.ts). */
const eventExport: Translation<typeof en> = {
  sheet: 'Inscriptions',
  yes: 'Oui',
  no: 'Non',
  columns: {
    name: 'Nom',
    email: 'Courriel',
    organisation: 'Organisation',
    sector: 'Secteur',
    country: 'Pays',
    accessibility: 'Besoins d’accessibilité',
    status: 'Statut',
    waitlistPosition: 'Position sur la liste d’attente',
    registered: 'Inscription',
    confirmed: 'Confirmation',
    attended: 'Présence',
    attendance: 'Présence enregistrée par',
    consentVersion: 'Version du consentement',
    consentedAt: 'Consentement donné',
    consentText: 'Texte du consentement',
    certificateRequested: 'Attestation demandée',
  },
  status: {
    pending: 'En attente de confirmation par courriel',
    confirmed: 'Place confirmée',
    waitlisted: 'Liste d’attente',
    offered: 'Place proposée',
    cancelled: 'Annulée',
    expired: 'Proposition expirée',
  },
  source: {
    join_link: 'Lien personnel de connexion',
    check_in: 'Liste d’émargement',
  },
};

export default eventExport;
