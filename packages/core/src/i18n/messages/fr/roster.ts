import type { Translation } from '../catalogue.ts';
import type en from '../en/roster.ts';

const roster: Translation<typeof en> = {
  name: 'Nom',
  email: 'Adresse e-mail',
  status: 'Statut',
  waitlistPosition: 'Rang sur la liste d’attente',
  track: 'Parcours',
  progress: 'Progression',
  lastActive: 'Dernière activité',
  completed: 'Terminé le',
  certificate: 'Attestation',
  certificateStatus: 'Statut de l’attestation',
  statusValue: {
    seated: 'Inscription confirmée',
    completed: 'Terminé',
    waitlisted: 'Liste d’attente',
  },
  trackValue: {
    victim_support: 'Services d’accompagnement des victimes',
    perpetrator_programme: 'Programmes pour auteurs de violences',
    public_authority: 'Administrations publiques',
  },
  certificateValue: {
    valid: 'Valable',
    expired: 'Expirée',
    revoked: 'Révoquée',
  },
};
export default roster;
