import type { Translation } from '../catalogue.ts';
import type en from '../en/roster.ts';

const roster: Translation<typeof en> = {
  name: 'Nome',
  email: 'E-mail',
  status: 'Stato',
  waitlistPosition: 'Posizione in lista d’attesa',
  track: 'Percorso',
  progress: 'Avanzamento',
  lastActive: 'Ultima attività',
  completed: 'Completato il',
  certificate: 'Attestato',
  certificateStatus: 'Stato dell’attestato',
  statusValue: {
    seated: 'Iscrizione confermata',
    completed: 'Completato',
    waitlisted: 'Lista d’attesa',
  },
  trackValue: {
    victim_support: 'Servizi di supporto alle vittime',
    perpetrator_programme: 'Programmi per autori di violenza',
    public_authority: 'Enti pubblici',
  },
  certificateValue: {
    valid: 'Valido',
    expired: 'Scaduto',
    revoked: 'Revocato',
  },
};
export default roster;
