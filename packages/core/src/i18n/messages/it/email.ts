import type { Translation } from '../catalogue.ts';
import type en from '../en/email.ts';

/**
 * Italian translation of the e-mail texts (see ../en/email.ts for notes). Subject lines stay
 * discreet: no word about violence, abuse, stalkerware or the platform's purpose.
 */
const email: Translation<typeof en> = {
  greeting: 'Ciao {name},',
  greetingNoName: 'Ciao,',
  ignoreIfNotYou: 'Se non hai fatto tu questa richiesta, puoi ignorare questo messaggio: non cambierà nulla.',
  linkExpires: '{hours, plural, one {Questo link è valido per # ora.} other {Questo link è valido per # ore.}}',
  linkExpiresMinutes: '{minutes, plural, one {Questo link è valido per # minuto.} other {Questo link è valido per # minuti.}}',
  copyLink: 'Se il pulsante non funziona, copia questo indirizzo nel tuo browser:',
  signature: 'Il team di {appName}',
  footer: 'Ricevi questo messaggio in seguito a un’azione su {appName} ({publicUrl}).',
  verifyEmail: {
    subject: 'Conferma il tuo indirizzo e-mail',
    intro: 'Conferma il tuo indirizzo e-mail per completare la creazione del tuo account.',
    action: 'Conferma l’indirizzo e-mail',
  },
  accountExists: {
    subject: 'Informazioni sul tuo account',
    intro: 'Qualcuno ha provato a creare un account con questo indirizzo e-mail, ma esiste già un account.',
    hint: 'Se eri tu, accedi o reimposta la password:',
    action: 'Accedi',
  },
  resetPassword: {
    subject: 'Reimposta la tua password',
    intro: 'Abbiamo ricevuto una richiesta di reimpostare la password del tuo account.',
    action: 'Scegli una nuova password',
  },
  magicLink: {
    subject: 'Il tuo link di accesso',
    intro: 'Usa questo link per accedere. Funziona una sola volta.',
    action: 'Accedi',
  },
  magicLinkTwoFactor: {
    subject: 'La tua richiesta di accesso',
    intro: 'Il tuo account è protetto dalla verifica in due passaggi, quindi per questo account i link di accesso sono disattivati.',
    hint: 'Accedi con la tua password e il codice della tua app di autenticazione:',
    action: 'Vai all’accesso',
  },
  invitation: {
    subject: 'Hai ricevuto un invito a uno spazio di formazione',
    intro: '{inviterName} ti invita a unirti a {organisationName} su {appName} con il ruolo di {role}.',
    action: 'Visualizza l’invito',
    expires: '{days, plural, one {L’invito è valido per # giorno.} other {L’invito è valido per # giorni.}}',
  },
  certificateReminder: {
    subjectSoon: 'Il tuo attestato scade il {date}',
    subjectExpired: 'Il tuo attestato è scaduto',
    introSoon: 'Il tuo attestato di formazione scade il {date}. Seguendo il corso di aggiornamento lo rinnovi per un altro periodo.',
    introExpired: 'Il tuo attestato di formazione è scaduto il {date}. Seguendo il corso di aggiornamento lo rinnovi.',
    action: 'Vedi i corsi di aggiornamento',
  },
  cohortEnrolled: {
    subjectSeated: 'Iscrizione a un corso',
    subjectWaitlisted: 'Sei in lista d’attesa per un corso',
    introSeated: '{senderName} ti ha iscritto a {courseTitle} ({cohortTitle}).',
    introWaitlisted: '{senderName} ti ha inserito nella lista d’attesa di {courseTitle} ({cohortTitle}). Sei al numero {position}; ti scriveremo quando un posto sarà tuo.',
    action: 'Apri i tuoi corsi',
  },
  cohortMessage: {
    subject: 'Un messaggio sul tuo corso',
    intro: '{senderName} ha scritto all’edizione {cohortTitle}:',
    action: 'Apri il corso',
  },
  discussionDigest: {
    subject: 'Nuovi messaggi nella discussione del corso',
    intro: '{count, plural, one {# nuovo messaggio} other {# nuovi messaggi}} nella discussione di {cohortTitle}. Conversazioni:',
    action: 'Apri la discussione',
    why: 'Ricevi questa e-mail perché hai chiesto un riepilogo giornaliero. Puoi disattivarlo nella pagina della discussione.',
  },
  seatConfirmed: {
    subject: 'Il tuo posto è confermato',
    intro: 'Si è liberato un posto in {courseTitle} ({cohortTitle}) ed è ora tuo.',
    action: 'Apri il corso',
  },
  passwordChanged: {
    subject: 'La tua password è stata modificata',
    intro: 'La password del tuo account è stata modificata in data {date}.',
    hint: 'Se non hai fatto tu questa modifica, reimposta subito la password e contatta chi coordina la tua organizzazione.',
    action: 'Reimposta la password',
  },
  twoFactorChanged: {
    subject: 'Le tue impostazioni di accesso sono cambiate',
    enabled: 'La verifica in due passaggi è stata attivata per il tuo account in data {date}.',
    disabled: 'La verifica in due passaggi è stata disattivata per il tuo account in data {date}.',
    hint: 'Se non hai fatto tu questa modifica, reimposta subito la password e contatta chi coordina la tua organizzazione.',
    action: 'Controlla le impostazioni di sicurezza',
  },
  eventConfirm: {
    subject: 'Please confirm your registration',
    intro: 'You registered for “{event}” ({when}). Please confirm that this address is yours: open the link and press “Confirm my registration”.',
    action: 'Confirm my registration',
    hint: 'Until you confirm, no seat is kept for you.',
  },
  eventRegistered: {
    subjectSeated: 'Your registration is confirmed',
    subjectWaitlisted: 'You are on the waiting list',
    seated: 'Your seat for “{event}” ({when}) is confirmed.',
    waitlisted: '“{event}” ({when}) is full. You are number {position} on the waiting list; when a seat becomes free, we will offer it to you by e-mail.',
    calendar: 'The attached calendar file adds the event to your calendar.',
    action: 'Open your registration',
    personalLink: 'This link is personal: it shows the joining details shortly before the start and lets you cancel. Do not forward it.',
  },
  eventOffer: {
    subject: 'A seat is free for you',
    intro: 'A seat has become free for “{event}” ({when}). It is kept for you until {expires}; after that it goes to the next person on the waiting list.',
    action: 'Take the seat',
  },
  eventReminder: {
    subject: 'Reminder: your event',
    day: '“{event}” starts tomorrow ({when}).',
    hour: '“{event}” starts in one hour ({when}).',
    action: 'Open your registration',
  },
  eventUpdated: {
    subject: 'An event you registered for has changed',
    subjectCancelled: 'An event you registered for is cancelled',
    changed: 'The details of “{event}” have changed. It now takes place {when}.',
    cancelled: '“{event}” has been cancelled. We are sorry for the inconvenience.',
  },
  eventThankYou: {
    subject: 'Thank you for taking part',
    intro: 'Thank you for registering for “{event}”.',
    recording: 'Recording: {url}',
    slides: 'Slides: {url}',
    action: 'Give your feedback',
    erasure: 'Your registration details will be deleted some weeks after the event; only anonymous figures are kept.',
  },
};
export default email;
