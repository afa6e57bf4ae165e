import type { Translation } from '@destalk/core/i18n/messages/catalogue';
import type en from '../en/certificates.ts';

const certificates: Translation<typeof en> = {
  mineTitle: 'Vos attestations',
  mineNone: 'Vous recevrez une attestation lorsque vous aurez terminé une formation.',
  validUntil: 'Valable jusqu’au {date}',
  expiredOn: 'Expirée le {date}',
  revokedNote: 'Révoquée',
  status: { valid: 'Valable', expired: 'Expirée', revoked: 'Révoquée' },
  code: 'Code de vérification {code}',
  download: 'Télécharger l’attestation (PDF)',
  downloadOf: 'Télécharger l’attestation de {course} (PDF)',
  refresherDue: 'C’est le moment de la remise à niveau : elle renouvelle votre attestation pour une nouvelle période.',
  refresherOpen: 'S’inscrire à la remise à niveau',
  refresherNone: 'Aucun groupe de remise à niveau ne vous est encore ouvert. L’équipe de formation ou la coordination peut en ouvrir un.',
  earned: 'Vous avez terminé la formation. Votre attestation est prête.',
  verify: {
    title: 'Vérifier une attestation',
    lead: 'Saisissez le code de vérification imprimé sur l’attestation pour savoir si elle est valable.',
    codeLabel: 'Code de vérification',
    codeHint: 'Douze lettres et chiffres, par exemple 7KQ2-M9XD-4TRB.',
    submit: 'Vérifier',
    resultTitle: 'Attestation {code}',
    valid: 'Cette attestation est valable.',
    expired: 'Cette attestation a expiré. Elle était valable jusqu’au {date}.',
    revoked: 'Cette attestation a été révoquée le {date} et n’est plus valable.',
    notFound: 'Aucune attestation ne porte ce code. Vérifiez qu’il n’y a pas de faute de frappe.',
    holder: 'Titulaire',
    course: 'Formation',
    issued: 'Délivrée le',
    validUntil: 'Valable jusqu’au',
    privacy: 'Pour protéger la vie privée, seuls le prénom et les initiales de la personne titulaire sont affichés. Si vous devez vous assurer que l’attestation appartient à la personne qui la présente, demandez-lui une pièce d’identité.',
    another: 'Vérifier un autre code',
  },
  revoke: {
    action: 'Révoquer',
    reason: 'Motif de la révocation',
    reasonHint: 'Conservé dans le registre ; la personne titulaire et le public voient seulement que l’attestation a été révoquée.',
    confirm: 'Révoquer l’attestation',
    done: 'L’attestation de {name} est révoquée.',
  },
};
export default certificates;
