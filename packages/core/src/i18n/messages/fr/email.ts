import type { Translation } from '../catalogue.ts';
import type en from '../en/email.ts';

/** French (France, understandable in Belgium, Switzerland, Luxembourg) translation of the e-mail texts (see ../en/email.ts for notes). */
const email: Translation<typeof en> = {
  greeting: 'Bonjour {name},',
  greetingNoName: 'Bonjour,',
  ignoreIfNotYou: 'Si vous n’êtes pas à l’origine de cette demande, vous pouvez ignorer ce message : rien ne changera.',
  linkExpires: '{hours, plural, one {Ce lien est valable # heure.} other {Ce lien est valable # heures.}}',
  linkExpiresMinutes: '{minutes, plural, one {Ce lien est valable # minute.} other {Ce lien est valable # minutes.}}',
  copyLink: 'Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :',
  signature: 'L’équipe {appName}',
  footer: 'Vous recevez ce message à la suite d’une action effectuée sur {appName} ({publicUrl}).',
  verifyEmail: {
    subject: 'Confirmez votre adresse e-mail',
    intro: 'Veuillez confirmer votre adresse e-mail pour terminer la création de votre compte.',
    action: 'Confirmer l’adresse e-mail',
  },
  accountExists: {
    subject: 'À propos de votre compte',
    intro: 'Quelqu’un a essayé de créer un compte avec cette adresse e-mail, mais un compte existe déjà.',
    hint: 'Si c’était vous, connectez-vous ou réinitialisez votre mot de passe :',
    action: 'Se connecter',
  },
  resetPassword: {
    subject: 'Réinitialisation de votre mot de passe',
    intro: 'Nous avons reçu une demande de réinitialisation du mot de passe de votre compte.',
    action: 'Choisir un nouveau mot de passe',
  },
  magicLink: {
    subject: 'Votre lien de connexion',
    intro: 'Utilisez ce lien pour vous connecter. Il ne fonctionne qu’une seule fois.',
    action: 'Se connecter',
  },
  magicLinkTwoFactor: {
    subject: 'Votre demande de connexion',
    intro: 'Votre compte est protégé par la validation en deux étapes : les liens de connexion sont donc désactivés pour ce compte.',
    hint: 'Veuillez vous connecter avec votre mot de passe et le code de votre application d’authentification :',
    action: 'Aller à la page de connexion',
  },
  invitation: {
    subject: 'Invitation à rejoindre un espace de formation',
    intro: '{inviterName} vous invite à rejoindre {organisationName} sur {appName} comme {role}.',
    action: 'Voir l’invitation',
    expires: '{days, plural, one {L’invitation est valable # jour.} other {L’invitation est valable # jours.}}',
  },
  certificateReminder: {
    subjectSoon: 'Votre attestation expire le {date}',
    subjectExpired: 'Votre attestation a expiré',
    introSoon: 'Votre attestation de formation expire le {date}. Suivre la formation de remise à niveau la renouvelle pour une nouvelle période.',
    introExpired: 'Votre attestation de formation a expiré le {date}. Suivre la formation de remise à niveau la renouvelle.',
    action: 'Voir les remises à niveau',
  },
  cohortEnrolled: {
    subjectSeated: 'Inscription à une formation',
    subjectWaitlisted: 'Vous êtes sur une liste d’attente',
    introSeated: '{senderName} a procédé à votre inscription à {courseTitle} ({cohortTitle}).',
    introWaitlisted: '{senderName} a inscrit votre nom sur la liste d’attente de {courseTitle} ({cohortTitle}). Vous êtes au rang {position} ; nous vous écrirons dès qu’une place se libère.',
    action: 'Ouvrir vos formations',
  },
  cohortMessage: {
    subject: 'Un message au sujet de votre formation',
    intro: '{senderName} a écrit au groupe {cohortTitle} :',
    action: 'Ouvrir la formation',
  },
  discussionDigest: {
    subject: 'Nouveaux messages dans la discussion de votre formation',
    intro: '{count, plural, one {# nouveau message} other {# nouveaux messages}} dans la discussion de {cohortTitle}. Fils :',
    action: 'Ouvrir la discussion',
    why: 'Vous recevez cet e-mail parce que vous avez demandé un résumé quotidien. Vous pouvez le désactiver sur la page de la discussion.',
  },
  seatConfirmed: {
    subject: 'Votre place est confirmée',
    intro: 'Une place s’est libérée dans {courseTitle} ({cohortTitle}) : elle est désormais à vous.',
    action: 'Ouvrir le cours',
  },
  passwordChanged: {
    subject: 'Votre mot de passe a été modifié',
    intro: 'Le mot de passe de votre compte a été modifié le {date}.',
    hint: 'Si vous n’êtes pas à l’origine de ce changement, réinitialisez votre mot de passe dès maintenant et contactez la coordination de votre organisation.',
    action: 'Réinitialiser le mot de passe',
  },
  twoFactorChanged: {
    subject: 'Vos paramètres de connexion ont été modifiés',
    enabled: 'La validation en deux étapes a été activée pour votre compte le {date}.',
    disabled: 'La validation en deux étapes a été désactivée pour votre compte le {date}.',
    hint: 'Si vous n’êtes pas à l’origine de ce changement, réinitialisez votre mot de passe dès maintenant et contactez la coordination de votre organisation.',
    action: 'Vérifier vos paramètres de sécurité',
  },
  eventConfirm: {
    subject: 'Please confirm your registration',
    intro: 'You registered for “{event}” ({when}). Please confirm that this address is yours: open the link and press “Confirm my registration”.',
    action: 'Confirm my registration',
    hint: 'Until you confirm, no seat is kept for you.',
  },
  eventRegistered: {
    subjectSeated: 'Your registration is confirmed',
    subjectWaitlisted: 'You are on the waiting list',
    seated: 'Your seat for “{event}” ({when}) is confirmed.',
    waitlisted: '“{event}” ({when}) is full. You are number {position} on the waiting list; when a seat becomes free, we will offer it to you by e-mail.',
    calendar: 'The attached calendar file adds the event to your calendar.',
    action: 'Open your registration',
    personalLink: 'This link is personal: it shows the joining details shortly before the start and lets you cancel. Do not forward it.',
  },
  eventOffer: {
    subject: 'A seat is free for you',
    intro: 'A seat has become free for “{event}” ({when}). It is kept for you until {expires}; after that it goes to the next person on the waiting list.',
    action: 'Take the seat',
  },
  eventReminder: {
    subject: 'Reminder: your event',
    day: '“{event}” starts tomorrow ({when}).',
    hour: '“{event}” starts in one hour ({when}).',
    action: 'Open your registration',
  },
  eventUpdated: {
    subject: 'An event you registered for has changed',
    subjectCancelled: 'An event you registered for is cancelled',
    changed: 'The details of “{event}” have changed. It now takes place {when}.',
    cancelled: '“{event}” has been cancelled. We are sorry for the inconvenience.',
  },
  eventThankYou: {
    subject: 'Thank you for taking part',
    intro: 'Thank you for registering for “{event}”.',
    recording: 'Recording: {url}',
    slides: 'Slides: {url}',
    action: 'Give your feedback',
    erasure: 'Your registration details will be deleted some weeks after the event; only anonymous figures are kept.',
  },
};
export default email;
