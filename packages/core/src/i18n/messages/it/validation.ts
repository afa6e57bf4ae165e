import type { Translation } from '../catalogue.ts';
import type en from '../en/validation.ts';

/** Italian field messages referenced by the zod schemas in core (see ../en/validation.ts). */
const validation: Translation<typeof en> = {
  required: 'Compila questo campo.',
  email: 'Inserisci un indirizzo e-mail, per esempio nome@example.org.',
  tooLong: '{max, plural, one {Usa al massimo # carattere.} other {Usa al massimo # caratteri.}}',
  passwordTooShort: '{min, plural, one {Usa almeno # carattere.} other {Usa almeno # caratteri.}}',
  passwordsDoNotMatch: 'Le due password non coincidono.',
  totpCode: 'Inserisci il codice di 6 cifre della tua app di autenticazione.',
  backupCode: 'Inserisci uno dei tuoi codici di recupero.',
  locale: 'Scegli una delle lingue disponibili.',
  sector: 'Scegli un settore.',
  country: 'Scegli un Paese.',
  region: 'Scegli una regione.',
  role: 'Scegli un ruolo.',
  slug: 'Usa solo lettere minuscole, cifre e trattini.',
  currentPasswordWrong: 'La password attuale non è corretta.',
  sameEmailRequired: 'Accedi con l’indirizzo e-mail a cui è stato inviato l’invito.',
  alreadyMember: 'Questa persona fa già parte dell’organizzazione.',
  lastCoordinator: 'Un’organizzazione deve avere almeno una persona con il ruolo di coordinamento. Assegna prima questo ruolo a qualcun altro.',
  slugTaken: 'Questo nome breve è già in uso. Scegline un altro.',
  invalidInput: 'Questo valore non è valido.',
  gateConfirm: 'Conferma questo punto prima di avviare il controllo.',
  reportExpired: 'Non è più possibile salvare questo rapporto. Ripeti il controllo.',
  enrolmentClosed: 'Le iscrizioni a questa edizione non sono aperte.',
  notEligible: 'Questa edizione è riservata ad altre organizzazioni o settori.',
  invitationOnly: 'A questa edizione si partecipa solo su invito.',
  quizAlreadyPassed: 'Hai già superato questo quiz.',
  noAttemptsLeft: 'Hai usato tutti i tentativi per questo quiz. Contatta chi ti segue nella formazione.',
  answerRequired: 'Scegli una risposta a questa domanda.',
  notEligibleMember: 'Nessun account con questo indirizzo e-mail appartiene a un’organizzazione che può partecipare a questa edizione.',
};
export default validation;
