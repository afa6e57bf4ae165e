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
    subject: 'Conferma la tua iscrizione',
    intro: 'Hai chiesto di iscriverti a «{event}» ({when}). Conferma che questo indirizzo è tuo: apri il link e premi «Conferma la mia iscrizione».',
    action: 'Conferma la mia iscrizione',
    hint: 'Finché non confermi, non ti viene riservato nessun posto.',
  },
  eventRegistered: {
    subjectSeated: 'La tua iscrizione è confermata',
    subjectWaitlisted: 'Sei in lista d’attesa',
    seated: 'Il tuo posto per «{event}» ({when}) è confermato.',
    waitlisted: 'L’evento «{event}» ({when}) è al completo. Sei al numero {position} della lista d’attesa; quando si libererà un posto, te lo offriremo via e-mail.',
    calendar: 'Con il file di calendario allegato puoi aggiungere l’evento al tuo calendario.',
    action: 'Apri la tua iscrizione',
    personalLink: 'Questo link è personale: poco prima dell’inizio mostra i dati per partecipare e ti permette di annullare l’iscrizione. Non inoltrarlo.',
  },
  eventOffer: {
    subject: 'C’è un posto libero per te',
    intro: 'Si è liberato un posto per «{event}» ({when}). Resta riservato per te fino al {expires}; poi passerà alla persona successiva in lista d’attesa.',
    action: 'Accetta il posto',
  },
  eventReminder: {
    subject: 'Promemoria: il tuo evento',
    day: '«{event}» inizia domani ({when}).',
    hour: '«{event}» inizia tra un’ora ({when}).',
    action: 'Apri la tua iscrizione',
  },
  eventUpdated: {
    subject: 'Modifiche a un evento a cui partecipi',
    subjectCancelled: 'Un evento a cui partecipi è stato annullato',
    changed: 'I dettagli di «{event}» sono cambiati. Nuova data e ora: {when}.',
    cancelled: 'L’evento «{event}» è stato annullato. Ci scusiamo per il disagio.',
  },
  eventThankYou: {
    subject: 'Grazie per la partecipazione',
    intro: 'Grazie per la tua iscrizione a «{event}».',
    recording: 'Registrazione: {url}',
    slides: 'Slide: {url}',
    action: 'Lascia il tuo riscontro',
    erasure: 'I dati della tua iscrizione verranno cancellati alcune settimane dopo l’evento; restano solo dati anonimi aggregati.',
  },
};
export default email;
