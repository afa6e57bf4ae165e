import type { Translation } from '../catalogue.ts';
import type en from '../en/errors.ts';

/** Italian messages for each AppError code and each HTTP status page (see ../en/errors.ts). */
const errors: Translation<typeof en> = {
  code: {
    bad_request: 'Non è stato possibile interpretare la richiesta. Controlla i dati inviati e riprova.',
    validation_failed: 'Alcuni campi richiedono la tua attenzione.',
    unauthenticated: 'Accedi per continuare.',
    forbidden: 'Non hai i permessi per eseguire questa operazione.',
    not_found: 'Non abbiamo trovato quello che cercavi.',
    conflict: 'L’operazione è in conflitto con un elemento già esistente.',
    gone: 'Questo link è scaduto o è già stato usato.',
    rate_limited: '{seconds, plural, one {Troppi tentativi. Attendi # secondo e riprova.} other {Troppi tentativi. Attendi # secondi e riprova.}}',
    two_factor_required: 'Per quest’area serve la verifica in due passaggi. Attivala prima di continuare.',
    email_not_verified: 'Prima devi confermare il tuo indirizzo e-mail. Ti abbiamo inviato un nuovo link.',
    invalid_credentials: 'L’indirizzo e-mail o la password non sono corretti.',
    internal: 'Si è verificato un problema da parte nostra. Riprova tra poco.',
  },
  status: {
    400: { title: 'Richiesta non valida', text: 'Non è stato possibile interpretare la richiesta.' },
    401: { title: 'Accedi', text: 'Devi accedere per vedere questa pagina.' },
    403: { title: 'Accesso non consentito', text: 'Non hai i permessi per vedere questa pagina.' },
    404: { title: 'Pagina non trovata', text: 'La pagina potrebbe essere stata spostata oppure l’indirizzo potrebbe contenere un errore.' },
    405: { title: 'Operazione non consentita', text: 'Questa pagina non può essere usata in questo modo.' },
    409: { title: 'Conflitto', text: 'L’operazione è in conflitto con un elemento già esistente.' },
    410: { title: 'Link scaduto', text: 'Questo link è scaduto o è già stato usato.' },
    422: { title: 'Controlla il modulo', text: 'Alcuni campi richiedono la tua attenzione.' },
    429: { title: 'Troppi tentativi', text: 'Attendi qualche istante e riprova.' },
    500: { title: 'Si è verificato un problema', text: 'Riprova tra poco. Se il problema si ripete, avvisa chi coordina la tua organizzazione.' },
    503: { title: 'Servizio temporaneamente non disponibile', text: 'Il servizio è sovraccarico o in aggiornamento. Riprova tra poco.' },
  },
  goHome: 'Vai alla pagina iniziale',
  reference: 'Codice di riferimento: {requestId}',
};
export default errors;
