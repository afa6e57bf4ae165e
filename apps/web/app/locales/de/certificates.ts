import type { Translation } from '@destalk/core/i18n/messages/catalogue';
import type en from '../en/certificates.ts';

const certificates: Translation<typeof en> = {
  mineTitle: 'Ihre Bescheinigungen',
  mineNone: 'Wenn Sie einen Kurs abschließen, erhalten Sie eine Bescheinigung.',
  validUntil: 'Gültig bis {date}',
  expiredOn: 'Abgelaufen am {date}',
  revokedNote: 'Widerrufen',
  status: { valid: 'Gültig', expired: 'Abgelaufen', revoked: 'Widerrufen' },
  code: 'Prüfcode {code}',
  download: 'Bescheinigung herunterladen (PDF)',
  downloadOf: 'Bescheinigung für {course} herunterladen (PDF)',
  refresherDue: 'Zeit für den Auffrischungskurs: Er verlängert Ihre Bescheinigung um einen weiteren Zeitraum.',
  refresherOpen: 'Für den Auffrischungskurs anmelden',
  refresherNone: 'Für Sie ist noch keine Auffrischungsgruppe geöffnet. Ihre Trainerin, Ihr Trainer oder die Koordination kann eine öffnen.',
  earned: 'Sie haben den Kurs abgeschlossen. Ihre Bescheinigung liegt bereit.',
  verify: {
    title: 'Bescheinigung prüfen',
    lead: 'Geben Sie den auf der Bescheinigung gedruckten Prüfcode ein, um zu sehen, ob sie gültig ist.',
    codeLabel: 'Prüfcode',
    codeHint: 'Zwölf Buchstaben und Ziffern, zum Beispiel 7KQ2-M9XD-4TRB.',
    submit: 'Prüfen',
    resultTitle: 'Bescheinigung {code}',
    valid: 'Diese Bescheinigung ist gültig.',
    expired: 'Diese Bescheinigung ist abgelaufen. Sie war bis {date} gültig.',
    revoked: 'Diese Bescheinigung wurde am {date} widerrufen und ist nicht mehr gültig.',
    notFound: 'Zu diesem Code gibt es keine Bescheinigung. Bitte prüfen Sie ihn auf Tippfehler.',
    holder: 'Inhaber*in',
    course: 'Kurs',
    issued: 'Ausgestellt am',
    validUntil: 'Gültig bis',
    privacy: 'Zum Schutz der Privatsphäre zeigen wir nur den Vornamen und die Initialen. Wenn Sie sicher sein müssen, dass die Bescheinigung der vorlegenden Person gehört, lassen Sie sich einen Ausweis zeigen.',
    another: 'Weiteren Code prüfen',
  },
  revoke: {
    action: 'Widerrufen',
    reason: 'Grund für den Widerruf',
    reasonHint: 'Bleibt im Protokoll; die Inhaberin oder der Inhaber und die Öffentlichkeit sehen nur, dass widerrufen wurde.',
    confirm: 'Bescheinigung widerrufen',
    done: 'Die Bescheinigung von {name} ist widerrufen.',
  },
};
export default certificates;
