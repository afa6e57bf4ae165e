import type { Translation } from '@destalk/core/i18n/messages/catalogue';
import type en from '../en/common.ts';

/** Italian strings shared by every page (see ../en/common.ts). */
const common: Translation<typeof en> = {
  skipToContent: 'Vai al contenuto principale',
  /** Answer when too many requests wait at once (503). */
  busy: 'Il server è molto occupato. Riprova tra qualche istante.',
  exit: {
    button: 'Esci da questa pagina',
    skipLink: 'Esci da questa pagina',
    shortcutHint: 'oppure premi 3 volte il tasto Maiusc',
    pressTwoMore: 'Maiusc: premi ancora 2 volte per uscire.',
    pressOneMore: 'Maiusc: premi ancora 1 volta per uscire.',
    expired: 'Tempo scaduto per «Esci da questa pagina».',
    loading: 'Caricamento in corso.',
  },
  nav: {
    label: 'Menu principale',
    home: 'Home',
    browsingSafely: 'Navigare in sicurezza',
    guides: 'Guide',
    signIn: 'Accedi',
    signUp: 'Crea un account',
    dashboard: 'Bacheca',
    account: 'Account',
    security: 'Sicurezza',
    sessions: 'Dispositivi',
    organisation: 'Organizzazione',
    admin: 'Amministrazione',
    signOut: 'Esci',
    accountMenu: 'Il tuo account',
  },
  language: {
    label: 'Lingua',
    change: 'Cambia lingua',
    current: '{language} (attuale)',
  },
  footer: {
    tagline: 'Una piattaforma open source per i programmi contro la violenza digitale e lo stalkerware.',
    privacy: 'Non usiamo cookie per chi visita il sito senza aver effettuato l’accesso, non usiamo strumenti di analisi e non carichiamo nulla da altri siti web.',
    browsingSafely: 'Come navigare in modo più sicuro',
  },
  actions: {
    save: 'Salva',
    saved: 'Salvato.',
    cancel: 'Annulla',
    continue: 'Continua',
    back: 'Indietro',
    edit: 'Modifica',
    remove: 'Rimuovi',
    create: 'Crea',
    confirm: 'Conferma',
  },
  form: {
    errorSummaryTitle: 'C’è un problema',
    required: '(obbligatorio)',
    optional: '(facoltativo)',
  },
  pageTitle: '{page} – {appName}',
};
export default common;
