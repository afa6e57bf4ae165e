import type { Translation } from '../catalogue.ts';
import type en from '../en/errors.ts';

/** French (France, understandable in Belgium, Switzerland, Luxembourg) error messages (see ../en/errors.ts for notes). */
const errors: Translation<typeof en> = {
  code: {
    bad_request: 'La demande n’a pas pu être comprise. Vérifiez les informations envoyées et réessayez.',
    validation_failed: 'Certains champs doivent être vérifiés.',
    unauthenticated: 'Veuillez vous connecter pour continuer.',
    forbidden: 'Vous n’avez pas l’autorisation d’effectuer cette action.',
    not_found: 'Nous n’avons pas trouvé ce que vous cherchez.',
    conflict: 'Cet élément entre en conflit avec un élément qui existe déjà.',
    gone: 'Ce lien a expiré ou a déjà été utilisé.',
    rate_limited: '{seconds, plural, one {Trop de tentatives. Veuillez patienter # seconde, puis réessayer.} other {Trop de tentatives. Veuillez patienter # secondes, puis réessayer.}}',
    two_factor_required: 'Cet espace nécessite la validation en deux étapes. Veuillez d’abord l’activer.',
    email_not_verified: 'Veuillez d’abord confirmer votre adresse e-mail. Nous vous avons envoyé un nouveau lien.',
    invalid_credentials: 'L’adresse e-mail ou le mot de passe est incorrect.',
    internal: 'Une erreur s’est produite de notre côté. Veuillez réessayer dans un instant.',
  },
  status: {
    400: { title: 'Requête incorrecte', text: 'La demande n’a pas pu être comprise.' },
    401: { title: 'Veuillez vous connecter', text: 'Vous devez vous connecter pour voir cette page.' },
    403: { title: 'Accès refusé', text: 'Vous n’avez pas l’autorisation de voir cette page.' },
    404: { title: 'Page introuvable', text: 'La page a peut-être été déplacée, ou l’adresse contient une erreur.' },
    405: { title: 'Action non autorisée', text: 'Cette page ne peut pas être utilisée de cette manière.' },
    409: { title: 'Conflit', text: 'Cet élément entre en conflit avec un élément qui existe déjà.' },
    410: { title: 'Lien expiré', text: 'Ce lien a expiré ou a déjà été utilisé.' },
    422: { title: 'Veuillez vérifier le formulaire', text: 'Certains champs doivent être vérifiés.' },
    429: { title: 'Trop de tentatives', text: 'Veuillez patienter un peu, puis réessayer.' },
    500: { title: 'Une erreur s’est produite', text: 'Veuillez réessayer dans un instant. Si le problème persiste, prévenez la coordination de votre organisation.' },
    503: { title: 'Service momentanément indisponible', text: 'Le service est surchargé ou en cours de mise à jour. Veuillez réessayer dans quelques instants.' },
  },
  goHome: 'Retour à la page d’accueil',
  reference: 'Référence : {requestId}',
};
export default errors;
