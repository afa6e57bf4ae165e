import type { Translation } from '../catalogue.ts';
import type en from '../en/errors.ts';

/** German messages for each AppError code and each HTTP status page (see ../en/errors.ts). */
const errors: Translation<typeof en> = {
  code: {
    bad_request: 'Die Anfrage konnte nicht verarbeitet werden. Bitte prüfen Sie Ihre Angaben und versuchen Sie es erneut.',
    validation_failed: 'Bitte prüfen Sie die markierten Felder.',
    unauthenticated: 'Bitte melden Sie sich an, um fortzufahren.',
    forbidden: 'Dazu sind Sie nicht berechtigt.',
    not_found: 'Wir konnten nicht finden, wonach Sie gesucht haben.',
    conflict: 'Das steht im Widerspruch zu einem bereits vorhandenen Eintrag.',
    gone: 'Dieser Link ist abgelaufen oder wurde bereits verwendet.',
    rate_limited: '{seconds, plural, one {Zu viele Versuche. Bitte warten Sie # Sekunde und versuchen Sie es dann erneut.} other {Zu viele Versuche. Bitte warten Sie # Sekunden und versuchen Sie es dann erneut.}}',
    two_factor_required: 'Für diesen Bereich ist die Zwei-Faktor-Authentisierung erforderlich. Bitte richten Sie sie zuerst ein.',
    email_not_verified: 'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse. Wir haben Ihnen einen neuen Link geschickt.',
    invalid_credentials: 'E-Mail-Adresse oder Passwort ist nicht korrekt.',
    internal: 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.',
  },
  status: {
    400: { title: 'Ungültige Anfrage', text: 'Die Anfrage konnte nicht verarbeitet werden.' },
    401: { title: 'Bitte melden Sie sich an', text: 'Sie müssen sich anmelden, um diese Seite zu sehen.' },
    403: { title: 'Nicht erlaubt', text: 'Sie sind nicht berechtigt, diese Seite zu sehen.' },
    404: { title: 'Seite nicht gefunden', text: 'Die Seite wurde möglicherweise verschoben, oder die Adresse enthält einen Tippfehler.' },
    405: { title: 'Nicht erlaubt', text: 'Diese Seite kann so nicht verwendet werden.' },
    409: { title: 'Konflikt', text: 'Das steht im Widerspruch zu einem bereits vorhandenen Eintrag.' },
    410: { title: 'Link abgelaufen', text: 'Dieser Link ist abgelaufen oder wurde bereits verwendet.' },
    422: { title: 'Bitte prüfen Sie das Formular', text: 'Bitte prüfen Sie die markierten Felder.' },
    429: { title: 'Zu viele Versuche', text: 'Bitte warten Sie einen Moment und versuchen Sie es dann erneut.' },
    500: { title: 'Etwas ist schiefgelaufen', text: 'Bitte versuchen Sie es gleich noch einmal. Wenn das Problem bestehen bleibt, wenden Sie sich an die Koordination Ihrer Organisation.' },
    503: { title: 'Vorübergehend nicht verfügbar', text: 'Der Dienst ist gerade ausgelastet oder wird aktualisiert. Bitte versuchen Sie es bald erneut.' },
  },
  goHome: 'Zur Startseite',
  reference: 'Referenz: {requestId}',
};
export default errors;
