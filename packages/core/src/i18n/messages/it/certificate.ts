import type { Translation } from '../catalogue.ts';
import type en from '../en/certificate.ts';

const certificate: Translation<typeof en> = {
  title: 'Attestato di completamento',
  certifies: 'Si attesta che',
  completed: 'ha completato il corso',
  issued: 'Rilasciato il {date}',
  validUntil: 'Valido fino al {date}',
  code: 'Codice di verifica',
  verifyAt: 'Verifica la validità di questo attestato su {url}',
  expiredNote: 'Questo attestato è scaduto il {date}.',
  completedPathway: 'ha completato il percorso formativo',
};
export default certificate;
