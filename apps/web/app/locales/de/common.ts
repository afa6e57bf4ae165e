import type { Translation } from '@destalk/core/i18n/messages/catalogue';
import type en from '../en/common.ts';

const common: Translation<typeof en> = {
  skipToContent: 'Zum Hauptinhalt springen',
  /** Answer when too many requests wait at once (503). */
  busy: 'Der Server ist gerade ausgelastet. Bitte versuchen Sie es gleich noch einmal.',
  exit: {
    button: 'Seite verlassen',
    skipLink: 'Seite verlassen',
    shortcutHint: 'oder 3-mal die Umschalttaste drücken',
    pressTwoMore: 'Umschalttaste: noch 2-mal drücken, um die Seite zu verlassen.',
    pressOneMore: 'Umschalttaste: noch 1-mal drücken, um die Seite zu verlassen.',
    expired: 'Zeit für „Seite verlassen“ abgelaufen.',
    loading: 'Wird geladen.',
  },
  nav: {
    label: 'Hauptnavigation',
    home: 'Startseite',
    browsingSafely: 'Sicherer surfen',
    guides: 'Anleitungen',
    signIn: 'Anmelden',
    signUp: 'Konto erstellen',
    dashboard: 'Übersicht',
    account: 'Konto',
    security: 'Sicherheit',
    sessions: 'Geräte',
    organisation: 'Organisation',
    admin: 'Administration',
    signOut: 'Abmelden',
    accountMenu: 'Ihr Konto',
  },
  language: {
    label: 'Sprache',
    change: 'Sprache ändern',
    current: '{language} (aktuell)',
  },
  footer: {
    tagline: 'Eine Open-Source-Plattform für Programme gegen digitale Gewalt und Stalkerware.',
    privacy: 'Solange Sie nicht angemeldet sind, setzen wir keine Cookies, nutzen keine Analysewerkzeuge und laden nichts von anderen Websites.',
    browsingSafely: 'So surfen Sie sicherer',
  },
  actions: {
    save: 'Speichern',
    saved: 'Gespeichert.',
    cancel: 'Abbrechen',
    continue: 'Weiter',
    back: 'Zurück',
    edit: 'Bearbeiten',
    remove: 'Entfernen',
    create: 'Erstellen',
    confirm: 'Bestätigen',
  },
  form: {
    errorSummaryTitle: 'Es gibt ein Problem',
    required: '(Pflichtfeld)',
    optional: '(optional)',
  },
  pageTitle: '{page} – {appName}',
};
export default common;
