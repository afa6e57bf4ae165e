import type { Translation } from '../catalogue.ts';
import type en from '../en/email.ts';

/** German translation of the e-mail texts (see ../en/email.ts for notes). */
const email: Translation<typeof en> = {
  greeting: 'Guten Tag {name},',
  greetingNoName: 'Guten Tag,',
  ignoreIfNotYou: 'Falls Sie dies nicht angefordert haben, können Sie diese Nachricht einfach ignorieren; es ändert sich nichts.',
  linkExpires: '{hours, plural, one {Dieser Link ist # Stunde lang gültig.} other {Dieser Link ist # Stunden lang gültig.}}',
  linkExpiresMinutes: '{minutes, plural, one {Dieser Link ist # Minute lang gültig.} other {Dieser Link ist # Minuten lang gültig.}}',
  copyLink: 'Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:',
  signature: 'Ihr {appName}-Team',
  footer: 'Sie erhalten diese Nachricht aufgrund einer Aktion bei {appName} ({publicUrl}).',
  verifyEmail: {
    subject: 'Bestätigen Sie Ihre E-Mail-Adresse',
    intro: 'Bitte bestätigen Sie Ihre E-Mail-Adresse, um die Einrichtung Ihres Kontos abzuschließen.',
    action: 'E-Mail-Adresse bestätigen',
  },
  accountExists: {
    subject: 'Zu Ihrem Konto',
    intro: 'Jemand hat versucht, mit dieser E-Mail-Adresse ein Konto zu erstellen, es gibt aber bereits ein Konto.',
    hint: 'Wenn Sie das waren, melden Sie sich an oder setzen Sie Ihr Passwort zurück:',
    action: 'Anmelden',
  },
  resetPassword: {
    subject: 'Passwort zurücksetzen',
    intro: 'Wir haben eine Anfrage erhalten, das Passwort Ihres Kontos zurückzusetzen.',
    action: 'Neues Passwort wählen',
  },
  magicLink: {
    subject: 'Ihr Anmeldelink',
    intro: 'Mit diesem Link können Sie sich anmelden. Er funktioniert nur einmal.',
    action: 'Anmelden',
  },
  magicLinkTwoFactor: {
    subject: 'Ihre Anmeldeanfrage',
    intro: 'Ihr Konto ist durch die Zwei-Faktor-Authentisierung geschützt, daher sind Anmeldelinks dafür ausgeschaltet.',
    hint: 'Bitte melden Sie sich mit Ihrem Passwort und dem Code aus Ihrer Authenticator-App an:',
    action: 'Zur Anmeldung',
  },
  invitation: {
    subject: 'Sie wurden zu einem Schulungsbereich eingeladen',
    intro: '{inviterName} lädt Sie ein, auf {appName} als {role} Mitglied von {organisationName} zu werden.',
    action: 'Einladung ansehen',
    expires: '{days, plural, one {Die Einladung ist # Tag lang gültig.} other {Die Einladung ist # Tage lang gültig.}}',
  },
  certificateReminder: {
    subjectSoon: 'Ihre Bescheinigung läuft am {date} ab',
    subjectExpired: 'Ihre Bescheinigung ist abgelaufen',
    introSoon: 'Ihre Teilnahmebescheinigung läuft am {date} ab. Mit dem Auffrischungskurs verlängern Sie sie um einen weiteren Zeitraum.',
    introExpired: 'Ihre Teilnahmebescheinigung ist am {date} abgelaufen. Mit dem Auffrischungskurs erneuern Sie sie.',
    action: 'Auffrischungskurse ansehen',
  },
  cohortEnrolled: {
    subjectSeated: 'Sie wurden für einen Kurs angemeldet',
    subjectWaitlisted: 'Sie stehen auf der Warteliste eines Kurses',
    introSeated: '{senderName} hat Sie für {courseTitle} ({cohortTitle}) angemeldet.',
    introWaitlisted: '{senderName} hat Sie auf die Warteliste für {courseTitle} ({cohortTitle}) gesetzt. Sie stehen an {position}. Stelle; wir schreiben Ihnen, sobald ein Platz frei ist.',
    action: 'Ihre Kurse öffnen',
  },
  cohortMessage: {
    subject: 'Eine Nachricht zu Ihrem Kurs',
    intro: '{senderName} hat der Lerngruppe {cohortTitle} geschrieben:',
    action: 'Kurs öffnen',
  },
  discussionDigest: {
    subject: 'Neue Beiträge in der Kursdiskussion',
    intro: '{count, plural, one {# neuer Beitrag} other {# neue Beiträge}} in der Diskussion von {cohortTitle}. Themen:',
    action: 'Diskussion öffnen',
    why: 'Sie erhalten diese E-Mail, weil Sie eine tägliche Zusammenfassung bestellt haben. Sie können sie auf der Diskussionsseite abbestellen.',
  },
  seatConfirmed: {
    subject: 'Ihr Platz ist bestätigt',
    intro: 'In {courseTitle} ({cohortTitle}) ist ein Platz frei geworden – er gehört jetzt Ihnen.',
    action: 'Kurs öffnen',
  },
  passwordChanged: {
    subject: 'Ihr Passwort wurde geändert',
    intro: 'Das Passwort Ihres Kontos wurde am {date} geändert.',
    hint: 'Falls Sie das nicht waren, setzen Sie jetzt Ihr Passwort zurück und wenden Sie sich an die Koordination Ihrer Organisation.',
    action: 'Passwort zurücksetzen',
  },
  twoFactorChanged: {
    subject: 'Ihre Anmeldeeinstellungen wurden geändert',
    enabled: 'Die Zwei-Faktor-Authentisierung wurde am {date} für Ihr Konto eingeschaltet.',
    disabled: 'Die Zwei-Faktor-Authentisierung wurde am {date} für Ihr Konto ausgeschaltet.',
    hint: 'Falls Sie das nicht waren, setzen Sie jetzt Ihr Passwort zurück und wenden Sie sich an die Koordination Ihrer Organisation.',
    action: 'Sicherheitseinstellungen prüfen',
  },
  eventConfirm: {
    subject: 'Bitte bestätigen Sie Ihre Anmeldung',
    intro: 'Sie haben sich für „{event}“ ({when}) angemeldet. Bitte bestätigen Sie, dass diese Adresse Ihnen gehört: Öffnen Sie den Link und klicken Sie auf „Anmeldung bestätigen“.',
    action: 'Anmeldung bestätigen',
    hint: 'Solange Sie nicht bestätigt haben, wird kein Platz für Sie freigehalten.',
  },
  eventRegistered: {
    subjectSeated: 'Ihre Anmeldung ist bestätigt',
    subjectWaitlisted: 'Sie stehen auf der Warteliste',
    seated: 'Ihr Platz für „{event}“ ({when}) ist bestätigt.',
    waitlisted: '„{event}“ ({when}) ist ausgebucht. Sie stehen an {position}. Stelle der Warteliste; sobald ein Platz frei wird, bieten wir ihn Ihnen per E-Mail an.',
    calendar: 'Mit der angehängten Kalenderdatei können Sie die Veranstaltung in Ihren Kalender übernehmen.',
    action: 'Ihre Anmeldung öffnen',
    personalLink: 'Dieser Link ist persönlich: Kurz vor Beginn zeigt er die Zugangsdaten an, und Sie können darüber Ihre Anmeldung stornieren. Bitte leiten Sie ihn nicht weiter.',
  },
  eventOffer: {
    subject: 'Ein Platz ist für Sie frei',
    intro: 'Für „{event}“ ({when}) ist ein Platz frei geworden. Er wird bis {expires} für Sie freigehalten; danach geht er an die nächste Person auf der Warteliste.',
    action: 'Platz annehmen',
  },
  eventReminder: {
    subject: 'Erinnerung: Ihre Veranstaltung',
    day: '„{event}“ beginnt morgen ({when}).',
    hour: '„{event}“ beginnt in einer Stunde ({when}).',
    action: 'Ihre Anmeldung öffnen',
  },
  eventUpdated: {
    subject: 'Änderung bei einer Veranstaltung, für die Sie angemeldet sind',
    subjectCancelled: 'Eine Veranstaltung, für die Sie angemeldet sind, wurde abgesagt',
    changed: 'Die Angaben zu „{event}“ haben sich geändert. Neuer Termin: {when}.',
    cancelled: '„{event}“ wurde abgesagt. Wir bitten um Entschuldigung für die Unannehmlichkeiten.',
  },
  eventThankYou: {
    subject: 'Vielen Dank für Ihre Teilnahme',
    intro: 'Vielen Dank für Ihre Anmeldung zu „{event}“.',
    recording: 'Aufzeichnung: {url}',
    slides: 'Folien: {url}',
    action: 'Feedback geben',
    erasure: 'Ihre Anmeldedaten werden einige Wochen nach der Veranstaltung gelöscht; nur anonyme Zahlen bleiben erhalten.',
  },
};
export default email;
