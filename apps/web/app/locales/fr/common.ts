import type { Translation } from '@destalk/core/i18n/messages/catalogue';
import type en from '../en/common.ts';

const common: Translation<typeof en> = {
  skipToContent: 'Aller au contenu principal',
  /** Answer when too many requests wait at once (503). */
  busy: 'Le serveur est très sollicité. Veuillez réessayer dans un instant.',
  exit: {
    button: 'Quitter cette page',
    skipLink: 'Quitter cette page',
    shortcutHint: 'ou appuyez 3 fois sur la touche Maj',
    pressTwoMore: 'Maj : appuyez encore 2 fois pour quitter.',
    pressOneMore: 'Maj : appuyez encore 1 fois pour quitter.',
    expired: 'Raccourci « Quitter cette page » expiré.',
    loading: 'Chargement.',
  },
  nav: {
    label: 'Menu principal',
    home: 'Accueil',
    browsingSafely: 'Naviguer en sécurité',
    guides: 'Guides',
    signIn: 'Se connecter',
    signUp: 'Créer un compte',
    dashboard: 'Tableau de bord',
    account: 'Compte',
    security: 'Sécurité',
    sessions: 'Appareils',
    organisation: 'Organisation',
    admin: 'Administration',
    signOut: 'Se déconnecter',
    accountMenu: 'Votre compte',
  },
  language: {
    label: 'Langue',
    change: 'Changer de langue',
    current: '{language} (langue actuelle)',
  },
  footer: {
    tagline: 'Une plateforme open source pour les programmes de lutte contre les cyberviolences et les logiciels espions (stalkerware).',
    privacy: 'Nous ne déposons aucun cookie pour les personnes non connectées, n’utilisons aucun outil de mesure d’audience et ne chargeons aucun contenu depuis d’autres sites.',
    browsingSafely: 'Comment naviguer de façon plus sûre',
  },
  actions: {
    save: 'Enregistrer',
    saved: 'Enregistré.',
    cancel: 'Annuler',
    continue: 'Continuer',
    back: 'Retour',
    edit: 'Modifier',
    remove: 'Retirer',
    create: 'Créer',
    confirm: 'Confirmer',
  },
  form: {
    errorSummaryTitle: 'Il y a un problème',
    required: '(obligatoire)',
    optional: '(facultatif)',
  },
  pageTitle: '{page} – {appName}',
};
export default common;
