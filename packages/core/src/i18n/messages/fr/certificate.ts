import type { Translation } from '../catalogue.ts';
import type en from '../en/certificate.ts';

const certificate: Translation<typeof en> = {
  title: 'Attestation de réussite',
  certifies: 'Nous attestons que',
  completed: 'a suivi avec succès la formation',
  issued: 'Délivrée le {date}',
  validUntil: 'Valable jusqu’au {date}',
  code: 'Code de vérification',
  verifyAt: 'Vérifiez la validité de cette attestation sur {url}',
  expiredNote: 'Cette attestation a expiré le {date}.',
  completedPathway: 'a terminé le parcours de formation',
};
export default certificate;
