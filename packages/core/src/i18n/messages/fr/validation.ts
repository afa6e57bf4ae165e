import type { Translation } from '../catalogue.ts';
import type en from '../en/validation.ts';

/** French (France, understandable in Belgium, Switzerland, Luxembourg) field messages (see ../en/validation.ts for notes). */
const validation: Translation<typeof en> = {
  required: 'Veuillez remplir ce champ.',
  email: 'Veuillez saisir une adresse e-mail, par exemple nom@example.org.',
  tooLong: '{max, plural, one {Veuillez utiliser # caractère au maximum.} other {Veuillez utiliser # caractères au maximum.}}',
  passwordTooShort: '{min, plural, one {Veuillez utiliser au moins # caractère.} other {Veuillez utiliser au moins # caractères.}}',
  passwordsDoNotMatch: 'Les deux mots de passe ne correspondent pas.',
  totpCode: 'Veuillez saisir le code à 6 chiffres affiché par votre application d’authentification.',
  backupCode: 'Veuillez saisir l’un de vos codes de secours.',
  locale: 'Veuillez choisir l’une des langues proposées.',
  sector: 'Veuillez choisir un secteur.',
  country: 'Veuillez choisir un pays.',
  region: 'Veuillez choisir une région.',
  role: 'Veuillez choisir un rôle.',
  slug: 'Utilisez uniquement des lettres minuscules, des chiffres et des traits d’union.',
  currentPasswordWrong: 'Votre mot de passe actuel est incorrect.',
  sameEmailRequired: 'Veuillez vous connecter avec l’adresse e-mail à laquelle l’invitation a été envoyée.',
  alreadyMember: 'Cette personne est déjà membre de l’organisation.',
  lastCoordinator: 'Une organisation doit toujours compter au moins une personne avec le rôle « Coordinateur·rice ». Attribuez d’abord ce rôle à une autre personne.',
  slugTaken: 'Ce nom court est déjà utilisé. Veuillez en choisir un autre.',
  invalidInput: 'Cette valeur n’est pas valide.',
  gateConfirm: 'Veuillez confirmer ce point avant de lancer la vérification.',
  reportExpired: 'Ce rapport ne peut plus être enregistré. Veuillez relancer la vérification.',
  enrolmentClosed: 'Les inscriptions à ce groupe ne sont pas ouvertes.',
  notEligible: 'Ce groupe est réservé à d’autres organisations ou secteurs.',
  invitationOnly: 'Ce groupe est accessible uniquement sur invitation.',
  quizAlreadyPassed: 'Vous avez déjà réussi ce quiz.',
  noAttemptsLeft: 'Vous avez utilisé toutes les tentatives pour ce quiz. Veuillez contacter votre équipe de formation.',
  answerRequired: 'Veuillez choisir une réponse à cette question.',
  notEligibleMember: 'Aucun compte avec cette adresse e-mail n’appartient à une organisation pouvant rejoindre ce groupe.',
};
export default validation;
