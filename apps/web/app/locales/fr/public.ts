import type { Translation } from '@destalk/core/i18n/messages/catalogue';
import type en from '../en/public.ts';

/**
 * The public pages in French. Factual statements are backed by the sources listed under `sources`
 * (titles of the cited documents stay in English); keep them in step with ../en/public.ts.
 */
const publicPages: Translation<typeof en> = {
  home: {
    title: 'Formation et outils contre les cyberviolences et les logiciels espions (stalkerware)',
    lead: '{appName} aide une région ou une organisation à mener un programme complet : une formation pour les équipes de terrain, des outils pratiques, des campagnes de sensibilisation et des événements, ainsi que les chiffres qui montrent ce qui a changé.',
    audience: 'Pour les équipes des services d’accompagnement des femmes victimes de violences, des programmes pour auteurs de violences et des administrations publiques, comme les services sociaux, la police ou les services de santé.',
    getStarted: 'Créer un compte',
    signIn: 'Se connecter',
    offerTitle: 'Ce que propose le programme',
    learn: {
      title: 'Se former',
      text: 'Une formation en cinq langues pour repérer les situations de cyberviolence et de stalkerware, y réagir et orienter les personnes concernées, en groupes accompagnés par une équipe de formation, avec une attestation et un module de rappel un an plus tard.',
    },
    practise: {
      title: 'Pratiquer',
      text: 'Des parcours de formation adaptés à chaque métier et des outils pour le travail au quotidien : un questionnaire de repérage des violences numériques, un plan de sécurité numérique, un inventaire des formes de contrôle numérique destiné aux programmes pour auteurs de violences et une recherche de stalkerware à partir d’indicateurs publics.',
    },
    raise: {
      title: 'Sensibiliser',
      text: 'Des lignes directrices pour les campagnes et un générateur de supports (affiches, visuels pour les réseaux sociaux, communiqués de presse) dans la langue de la région, avec ses lignes d’écoute.',
    },
    gather: {
      title: 'Rassembler',
      text: 'Des événements en ligne gratuits, avec tables rondes et interventions, inscription et rappels ; le lien pour rejoindre l’événement n’est envoyé qu’aux personnes inscrites.',
    },
    prove: {
      title: 'Mesurer l’impact',
      text: 'La coordination suit dans le temps le nombre de personnes formées par secteur, par pays et par organisation, ainsi que les personnes qui doivent suivre le module de rappel, sans exposer qui que ce soit individuellement.',
    },
    survivorTitle: 'Si vous craignez que quelqu’un surveille votre téléphone',
    survivorText: 'Vous n’êtes pas la seule personne dans cette situation, et ce n’est pas de votre faute. Un logiciel espion (en anglais « stalkerware ») permet à quelqu’un de suivre en secret les messages, la localisation ou l’activité d’une autre personne sur son appareil, sans son consentement.',
    survivorAdvice1: 'Avant de supprimer une application ou de modifier des réglages, parlez-en à un service d’aide spécialisé : supprimer une surveillance peut alerter la personne qui l’a installée et rendre la situation plus dangereuse.',
    survivorAdvice2: 'Si vous le pouvez, cherchez de l’aide depuis un appareil auquel l’autre personne n’a jamais eu accès, comme le téléphone d’une personne de confiance ou un ordinateur de bibliothèque.',
    survivorAdvice3: 'En cas d’urgence, partout dans l’Union européenne, appelez le 112.',
    survivorMore: 'Lire nos conseils pour naviguer de façon plus sûre',
    safetyTitle: 'Un site pensé pour votre sécurité',
    safetyText: 'Le bouton rouge « Quitter cette page » vous emmène directement sur un site de météo ; vous pouvez aussi appuyer trois fois sur la touche Maj. Ce site ne dépose aucun cookie pour les personnes qui le consultent, n’utilise aucun outil de mesure d’audience et ne charge aucun contenu depuis d’autres sites.',
  },
  browsing: {
    title: 'Naviguer en sécurité',
    lead: 'Quelques conseils pratiques si vous pensez que quelqu’un regarde peut-être ce que vous faites sur votre téléphone ou votre ordinateur. Aucune mesure ne cache tout : fiez-vous à votre ressenti et retenez ce qui convient à votre situation.',
    exitTitle: 'Ce que fait le bouton « Quitter cette page », et ce qu’il ne fait pas',
    exitText1: 'Le bouton rouge en haut de chaque page publique masque aussitôt la page et ouvre un site de météo à sa place. Appuyer rapidement trois fois sur la touche Maj a le même effet. Le bouton « Retour » du navigateur ne ramène pas ensuite sur cette page.',
    exitText2: 'Il n’efface pas votre historique de navigation. Toute personne qui ouvre l’historique de ce navigateur peut encore voir que vous avez consulté ce site. Pour laisser moins de traces, utilisez une fenêtre de navigation privée ou suivez les conseils ci-dessous.',
    privateTitle: 'Navigation privée',
    privateText: 'Une fois fermée, une fenêtre de navigation privée (appelée aussi « InPrivate » ou « Incognito » selon le navigateur) ne garde pas dans l’historique les pages que vous avez consultées. Elle ne cache pas votre activité à un logiciel de surveillance installé sur l’appareil, au réseau que vous utilisez ni aux sites que vous consultez.',
    historyTitle: 'Historique et soupçons',
    historyText: 'Vous pouvez supprimer certaines pages de l’historique de votre navigateur plutôt que tout l’historique. Si vous n’avez pas l’habitude d’effacer votre historique, le vider entièrement d’un coup peut, en soi, attirer l’attention.',
    deviceTitle: 'Utiliser un appareil plus sûr',
    deviceText: 'Si quelqu’un a eu accès à votre téléphone ou à votre ordinateur, ou en connaît les mots de passe, cette personne peut parfois voir ce que vous y faites. Un appareil plus sûr est un appareil auquel elle n’a jamais eu accès : le téléphone d’une personne de confiance, un ordinateur de travail que personne d’autre n’utilise, ou un ordinateur de bibliothèque publique.',
    changesTitle: 'Avant de modifier quoi que ce soit',
    changesText: 'Supprimer une application, changer des mots de passe ou désactiver le partage de localisation peut alerter la personne qui vous surveille. Un service d’aide spécialisé peut vous aider à préparer ces changements en sécurité et à conserver des preuves.',
    accountsTitle: 'Comptes et sauvegardes dans le cloud',
    accountsText: 'La surveillance ne passe pas toujours par une application. Une personne qui connaît le mot de passe de votre messagerie ou de votre compte cloud, ou qui partage un compte familial avec vous, peut souvent voir vos messages, vos photos et vos positions. Depuis un appareil plus sûr, vérifiez quels appareils sont connectés à vos comptes.',
    emergency: 'Si vous êtes en danger maintenant, appelez le 112 (le numéro d’urgence dans tous les pays de l’Union européenne).',
    sourcesTitle: 'Sources',
  },
  sources: {
    cas: 'Coalition Against Stalkerware, « Information for tech companies » (définition du stalkerware), consulté le 28 novembre 2026.',
    nnedvPlan: 'National Network to End Domestic Violence, Safety Net Project, « Technology Safety Plan: A Guide for Survivors and Advocates », consulté le 28 novembre 2026.',
    bcsthChecklist: 'BC Society of Transition Houses, Technology Safety Project, « Tech Safety Planning Checklist », consulté le 28 novembre 2026.',
    govukExit: 'GOV.UK Design System, modèle « Exit a page quickly » et composant « Exit this page », consulté le 28 novembre 2026.',
    mozillaPrivate: 'Mozilla Support, « Private Browsing – Use Firefox without saving history », consulté le 28 novembre 2026.',
    ec112: 'Commission européenne, « 112 – the European emergency number », consulté le 28 novembre 2026.',
  },
};
export default publicPages;
