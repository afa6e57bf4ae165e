import type { Translation } from '../catalogue.ts';
import type en from '../en/domain.ts';

/** Spanish (Spain, neutral enough for Latin America) translation of the domain vocabularies (see ../en/domain.ts for notes). */
const domain: Translation<typeof en> = {
  sector: {
    womens_support_service: 'Servicio especializado de atención a mujeres',
    perpetrator_programme: 'Programa de intervención con agresores',
    public_authority: 'Administración pública',
    law_enforcement: 'Fuerzas y cuerpos de seguridad',
    health: 'Sanidad',
    education: 'Educación',
    other: 'Otro',
  },
  role: {
    learner: 'participante',
    trainer: 'persona formadora',
    coordinator: 'persona coordinadora',
  },
  roleTitle: {
    learner: 'Participante',
    trainer: 'Formador/a',
    coordinator: 'Coordinador/a',
    admin: 'Administrador/a de la plataforma',
  },
  lessonMedia: {
    callout: { note: 'Nota', tip: 'Consejo', warning: 'Advertencia', important: 'Importante', caution: 'Precaución' },
    transcript: 'Transcripción',
    fileInfo: '{type}, {size}',
  },
};
export default domain;
