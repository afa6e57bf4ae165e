import type { Translation } from '../catalogue.ts';
import type en from '../en/validation.ts';

/** German field messages referenced by the zod schemas in core (see ../en/validation.ts). */
const validation: Translation<typeof en> = {
  required: 'Bitte füllen Sie dieses Feld aus.',
  email: 'Bitte geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.org.',
  tooLong: '{max, plural, one {Bitte verwenden Sie höchstens # Zeichen.} other {Bitte verwenden Sie höchstens # Zeichen.}}',
  passwordTooShort: '{min, plural, one {Bitte verwenden Sie mindestens # Zeichen.} other {Bitte verwenden Sie mindestens # Zeichen.}}',
  passwordsDoNotMatch: 'Die beiden Passwörter stimmen nicht überein.',
  totpCode: 'Bitte geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.',
  backupCode: 'Bitte geben Sie einen Ihrer Wiederherstellungscodes ein.',
  locale: 'Bitte wählen Sie eine der angebotenen Sprachen.',
  sector: 'Bitte wählen Sie ein Arbeitsfeld.',
  country: 'Bitte wählen Sie ein Land.',
  region: 'Bitte wählen Sie eine Region.',
  role: 'Bitte wählen Sie eine Rolle.',
  slug: 'Verwenden Sie nur Kleinbuchstaben, Ziffern und Bindestriche.',
  currentPasswordWrong: 'Ihr aktuelles Passwort ist nicht korrekt.',
  sameEmailRequired: 'Bitte melden Sie sich mit der E-Mail-Adresse an, an die die Einladung geschickt wurde.',
  alreadyMember: 'Diese Person ist bereits Mitglied der Organisation.',
  lastCoordinator: 'Eine Organisation braucht mindestens eine Person mit der Rolle Koordinator*in. Vergeben Sie diese Rolle zuerst an eine weitere Person.',
  slugTaken: 'Dieser Kurzname ist bereits vergeben. Bitte wählen Sie einen anderen.',
  invalidInput: 'Dieser Wert ist ungültig.',
  gateConfirm: 'Bitte bestätigen Sie diesen Punkt, bevor Sie die Prüfung starten.',
  reportExpired: 'Dieser Bericht kann nicht mehr gespeichert werden. Bitte führen Sie die Prüfung erneut durch.',
  enrolmentClosed: 'Die Anmeldung für diese Lerngruppe ist nicht geöffnet.',
  notEligible: 'Diese Lerngruppe ist für andere Organisationen oder Arbeitsfelder.',
  invitationOnly: 'Diese Lerngruppe ist nur auf Einladung zugänglich.',
  quizAlreadyPassed: 'Sie haben dieses Quiz bereits bestanden.',
  noAttemptsLeft: 'Sie haben alle Versuche für dieses Quiz genutzt. Bitte wenden Sie sich an Ihre Trainerin oder Ihren Trainer.',
  answerRequired: 'Bitte wählen Sie eine Antwort auf diese Frage.',
  notEligibleMember: 'Kein Konto mit dieser E-Mail-Adresse gehört zu einer Organisation, die an dieser Lerngruppe teilnehmen kann.',
};
export default validation;
