import type { Translation } from '@destalk/core/i18n/messages/catalogue';
import type en from '../en/public.ts';

/** German public pages. Factual statements are backed by the sources under `sources` (see ../en/public.ts). */
const publicPages: Translation<typeof en> = {
  home: {
    title: 'Schulung und Werkzeuge gegen digitale Gewalt und Stalkerware',
    lead: '{appName} unterstützt Regionen und Organisationen dabei, ein vollständiges Programm umzusetzen: einen Kurs für Fachkräfte, praktische Werkzeuge, Sensibilisierungskampagnen und Veranstaltungen sowie die Zahlen, die zeigen, was sich verändert hat.',
    audience: 'Für Fachkräfte aus Frauenunterstützungseinrichtungen, der Täterarbeit und öffentlichen Stellen wie sozialen Diensten, Polizei und Gesundheitswesen.',
    getStarted: 'Konto erstellen',
    signIn: 'Anmelden',
    offerTitle: 'Was das Programm bietet',
    learn: {
      title: 'Lernen',
      text: 'Ein Kurs in fünf Sprachen: Fälle von digitaler Gewalt und Stalkerware erkennen, angemessen reagieren und an passende Stellen weitervermitteln. In Lerngruppen mit Trainer*innen, mit Zertifikat und einer Auffrischung nach einem Jahr.',
    },
    practise: {
      title: 'Anwenden',
      text: 'Lernpfade für jede Berufsgruppe und Werkzeuge für den Arbeitsalltag: ein Screening zu technikgestützter Gewalt, ein digitaler Sicherheitsplan, eine Bestandsaufnahme digitaler Kontrolle für die Täterarbeit und ein Stalkerware-Check anhand öffentlich bekannter Indikatoren.',
    },
    raise: {
      title: 'Sensibilisieren',
      text: 'Leitfäden für Kampagnen und ein Generator für Plakate, Social-Media-Grafiken und Pressemitteilungen in der Sprache der Region, mit ihren Hilfetelefonen.',
    },
    gather: {
      title: 'Zusammenkommen',
      text: 'Kostenlose Online-Veranstaltungen mit Podiumsdiskussionen und Referent*innen, mit Anmeldung, Erinnerungen und einem Teilnahmelink, den nur angemeldete Personen erhalten.',
    },
    prove: {
      title: 'Wirkung zeigen',
      text: 'Koordinator*innen sehen im Zeitverlauf, wer nach Arbeitsfeld, Land und Organisation geschult wurde und bei wem eine Auffrischung ansteht – ohne Einzelpersonen offenzulegen.',
    },
    survivorTitle: 'Wenn Sie befürchten, dass jemand Ihr Handy überwacht',
    survivorText: 'Sie sind nicht allein, und es ist nicht Ihre Schuld. Stalkerware ist Software, mit der jemand heimlich und ohne Einverständnis die Nachrichten, den Standort oder die Aktivitäten einer anderen Person auf deren Gerät verfolgen kann.',
    survivorAdvice1: 'Bevor Sie eine App entfernen oder Einstellungen ändern, sprechen Sie mit einer spezialisierten Beratungsstelle: Wenn Sie die Überwachung entfernen, kann das die Person warnen, die sie eingerichtet hat, und die Lage gefährlicher machen.',
    survivorAdvice2: 'Suchen Sie nach Möglichkeit Hilfe über ein Gerät, auf das die andere Person nie Zugriff hatte, zum Beispiel das Handy einer Person, der Sie vertrauen, oder einen Computer in einer Bücherei.',
    survivorAdvice3: 'Im Notfall erreichen Sie überall in der Europäischen Union Hilfe unter 112.',
    survivorMore: 'Lesen Sie, wie Sie sicherer surfen können',
    safetyTitle: 'Für einen sicheren Besuch gestaltet',
    safetyText: 'Die rote Schaltfläche „Seite verlassen“ oder dreimaliges Drücken der Umschalttaste bringt Sie sofort zu einer Wetter-Website. Diese Website setzt beim Besuch keine Cookies, nutzt keine Analysewerkzeuge und lädt nichts von anderen Websites.',
  },
  browsing: {
    title: 'Sicherer surfen',
    lead: 'Einige praktische Schritte, falls Sie vermuten, dass jemand kontrolliert, was Sie auf Ihrem Handy oder Computer tun. Kein Schritt verbirgt alles. Vertrauen Sie Ihrem Gefühl und wählen Sie, was zu Ihrer Situation passt.',
    exitTitle: 'Was „Seite verlassen“ bewirkt – und was nicht',
    exitText1: 'Die rote Schaltfläche oben auf jeder öffentlichen Seite oder dreimaliges schnelles Drücken der Umschalttaste leert die Seite sofort und öffnet stattdessen eine Wetter-Website. Mit „Zurück“ kommen Sie dann nicht auf diese Seite zurück.',
    exitText2: 'Ihr Browserverlauf wird dabei nicht gelöscht. Wer den Verlauf dieses Browsers öffnet, kann weiterhin sehen, dass Sie diese Website besucht haben. Nutzen Sie ein privates Fenster oder die folgenden Schritte, um weniger Spuren zu hinterlassen.',
    privateTitle: 'Private Fenster',
    privateText: 'Ein privates Fenster (je nach Browser „Privater Modus“, „Inkognito“ oder „InPrivate“ genannt) speichert die besuchten Seiten nicht im Verlauf, sobald Sie es schließen. Es verbirgt Ihre Aktivitäten aber nicht vor Überwachungssoftware auf dem Gerät, vor dem Netzwerk, das Sie nutzen, oder vor den Websites, die Sie besuchen.',
    historyTitle: 'Verlauf löschen, ohne aufzufallen',
    historyText: 'Sie können einzelne Seiten aus Ihrem Browserverlauf löschen statt des gesamten Verlaufs. Wenn Sie Ihren Verlauf sonst nie löschen, kann es selbst auffallen, wenn er plötzlich ganz leer ist.',
    deviceTitle: 'Ein sichereres Gerät nutzen',
    deviceText: 'Wenn jemand Zugriff auf Ihr Handy oder Ihren Computer hatte oder die Passwörter kennt, kann diese Person möglicherweise sehen, was Sie darauf tun. Ein sichereres Gerät ist eines, auf das diese Person nie Zugriff hatte: das Handy einer Person, der Sie vertrauen, ein Arbeitscomputer, den nur Sie nutzen, oder ein Computer in einer öffentlichen Bücherei.',
    changesTitle: 'Bevor Sie etwas ändern',
    changesText: 'Wenn Sie eine App entfernen, Passwörter ändern oder die Standortfreigabe ausschalten, kann das die Person warnen, die Sie überwacht. Eine spezialisierte Beratungsstelle kann Ihnen helfen, diese Schritte sicher zu planen und Beweise zu sichern.',
    accountsTitle: 'Konten und Cloud-Sicherungen',
    accountsText: 'Überwachung braucht nicht immer eine App. Wer das Passwort Ihres E-Mail- oder Cloud-Kontos kennt oder ein Familienkonto mit Ihnen teilt, kann oft Nachrichten, Fotos und Standorte sehen. Prüfen Sie von einem sichereren Gerät aus, welche Geräte in Ihren Konten angemeldet sind.',
    emergency: 'Wenn Sie jetzt in Gefahr sind, rufen Sie die 112 an (die Notrufnummer in allen Ländern der Europäischen Union).',
    sourcesTitle: 'Quellen',
  },
  sources: {
    cas: 'Coalition Against Stalkerware, „Information for tech companies“ (Definition von Stalkerware), abgerufen am 28.11.2026.',
    nnedvPlan: 'National Network to End Domestic Violence, Safety Net Project, „Technology Safety Plan: A Guide for Survivors and Advocates“, abgerufen am 28.11.2026.',
    bcsthChecklist: 'BC Society of Transition Houses, Technology Safety Project, „Tech Safety Planning Checklist“, abgerufen am 28.11.2026.',
    govukExit: 'GOV.UK Design System, Muster „Exit a page quickly“ und Komponente „Exit this page“, abgerufen am 28.11.2026.',
    mozillaPrivate: 'Mozilla Support, „Private Browsing – Use Firefox without saving history“, abgerufen am 28.11.2026.',
    ec112: 'Europäische Kommission, „112 – the European emergency number“, abgerufen am 28.11.2026.',
  },
};
export default publicPages;
