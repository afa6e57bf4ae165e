import type { Translation } from '../catalogue.ts';
import type en from '../en/domain.ts';

/**
 * French (France, understandable in Belgium, Switzerland, Luxembourg) names of the domain's fixed
 * vocabularies (see ../en/domain.ts for notes). `role.*` follows "comme" in sentences
 * ("… rejoindre {organisationName} comme {role}."), which avoids the elision "en tant qu’apprenant".
 */
const domain: Translation<typeof en> = {
  sector: {
    womens_support_service: 'Service d’accompagnement des femmes victimes de violences',
    perpetrator_programme: 'Programme pour auteurs de violences',
    public_authority: 'Administration publique',
    law_enforcement: 'Forces de l’ordre',
    health: 'Santé',
    education: 'Éducation',
    other: 'Autre',
  },
  role: {
    learner: 'apprenant·e',
    trainer: 'formateur·rice',
    coordinator: 'coordinateur·rice',
  },
  roleTitle: {
    learner: 'Apprenant·e',
    trainer: 'Formateur·rice',
    coordinator: 'Coordinateur·rice',
    admin: 'Administrateur·rice de la plateforme',
  },
  lessonMedia: {
    callout: { note: 'Remarque', tip: 'Conseil', warning: 'Avertissement', important: 'Important', caution: 'Prudence' },
    transcript: 'Transcription',
    fileInfo: '{type}, {size}',
  },
};
export default domain;
