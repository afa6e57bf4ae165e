import type { Translation } from '@destalk/core/i18n/messages/catalogue';
import type en from '../en/certificates.ts';

const certificates: Translation<typeof en> = {
  mineTitle: 'I tuoi attestati',
  mineNone: 'Riceverai un attestato quando completerai un corso.',
  validUntil: 'Valido fino al {date}',
  expiredOn: 'Scaduto il {date}',
  revokedNote: 'Revocato',
  status: { valid: 'Valido', expired: 'Scaduto', revoked: 'Revocato' },
  code: 'Codice di verifica {code}',
  download: 'Scarica l’attestato (PDF)',
  downloadOf: 'Scarica l’attestato di {course} (PDF)',
  refresherDue: 'È il momento del corso di aggiornamento: rinnova il tuo attestato per un altro periodo.',
  refresherOpen: 'Iscriviti al corso di aggiornamento',
  refresherNone: 'Non c’è ancora un’edizione di aggiornamento aperta per te. Chi ti segue nella formazione o chi coordina può aprirne una.',
  earned: 'Hai completato il corso. Il tuo attestato è pronto.',
  verify: {
    title: 'Verifica un attestato',
    lead: 'Inserisci il codice di verifica stampato sull’attestato per sapere se è valido.',
    codeLabel: 'Codice di verifica',
    codeHint: 'Dodici lettere e cifre, per esempio 7KQ2-M9XD-4TRB.',
    submit: 'Verifica',
    resultTitle: 'Attestato {code}',
    valid: 'Questo attestato è valido.',
    expired: 'Questo attestato è scaduto. Era valido fino al {date}.',
    revoked: 'Questo attestato è stato revocato il {date} e non è più valido.',
    notFound: 'Nessun attestato ha questo codice. Controlla di averlo scritto correttamente.',
    holder: 'Titolare',
    course: 'Corso',
    issued: 'Rilasciato il',
    validUntil: 'Valido fino al',
    privacy: 'Per tutelare la privacy mostriamo solo il nome e le iniziali di chi ha ottenuto l’attestato. Se devi essere certo che appartenga alla persona che lo presenta, chiedi un documento d’identità.',
    another: 'Verifica un altro codice',
  },
  revoke: {
    action: 'Revoca',
    reason: 'Motivo della revoca',
    reasonHint: 'Resta nel registro; la persona titolare e il pubblico vedono solo che è stato revocato.',
    confirm: 'Revoca l’attestato',
    done: 'L’attestato di {name} è stato revocato.',
  },
};
export default certificates;
