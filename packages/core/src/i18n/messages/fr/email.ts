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
    subject: 'Confirmez votre inscription',
    intro: 'Vous avez demandé à vous inscrire à « {event} » ({when}). Veuillez confirmer que cette adresse est bien la vôtre : ouvrez le lien et cliquez sur « Confirmer mon inscription ».',
    action: 'Confirmer mon inscription',
    hint: 'Tant que vous n’avez pas confirmé, aucune place ne vous est réservée.',
  },
  eventRegistered: {
    subjectSeated: 'Votre inscription est confirmée',
    subjectWaitlisted: 'Vous êtes sur liste d’attente',
    seated: 'Votre place pour « {event} » ({when}) est confirmée.',
    waitlisted: 'L’événement « {event} » ({when}) est complet. Vous êtes au rang {position} sur la liste d’attente ; dès qu’une place se libère, nous vous la proposerons par e-mail.',
    calendar: 'Le fichier de calendrier joint permet d’ajouter l’événement à votre agenda.',
    action: 'Ouvrir votre inscription',
    personalLink: 'Ce lien est personnel : peu avant le début, il affiche les informations pour participer et vous permet d’annuler votre inscription. Ne le transférez pas.',
  },
  eventOffer: {
    subject: 'Une place est disponible pour vous',
    intro: 'Une place s’est libérée pour « {event} » ({when}). Elle vous est réservée jusqu’au {expires} ; ensuite, elle sera proposée à la personne suivante sur la liste d’attente.',
    action: 'Accepter la place',
  },
  eventReminder: {
    subject: 'Rappel : votre événement',
    day: '« {event} » commence demain ({when}).',
    hour: '« {event} » commence dans une heure ({when}).',
    action: 'Ouvrir votre inscription',
  },
  eventUpdated: {
    subject: 'Modification d’un événement auquel vous participez',
    subjectCancelled: 'Annulation d’un événement auquel vous participez',
    changed: 'Les informations concernant « {event} » ont changé. Nouvelle date et heure : {when}.',
    cancelled: 'L’événement « {event} » a été annulé. Nous vous prions de nous excuser pour ce désagrément.',
  },
  eventThankYou: {
    subject: 'Merci de votre participation',
    intro: 'Merci de votre inscription à « {event} ».',
    recording: 'Enregistrement : {url}',
    slides: 'Diaporama : {url}',
    action: 'Donner votre avis',
    erasure: 'Les données de votre inscription seront effacées quelques semaines après l’événement ; seuls des chiffres anonymes sont conservés.',
  },
};
export default email;
