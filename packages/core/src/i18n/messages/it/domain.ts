import type { Translation } from '../catalogue.ts';
import type en from '../en/domain.ts';

/** Italian names of the domain's fixed vocabularies (see ../en/domain.ts for notes). */
const domain: Translation<typeof en> = {
  sector: {
    womens_support_service: 'Centro antiviolenza o servizio di supporto alle donne',
    perpetrator_programme: 'Programma per autori di violenza (CUAV)',
    public_authority: 'Ente pubblico',
    law_enforcement: 'Forze dell’ordine',
    health: 'Sanità',
    education: 'Istruzione',
    other: 'Altro',
  },
  role: {
    learner: 'partecipante',
    trainer: 'formatore o formatrice',
    coordinator: 'coordinatore o coordinatrice',
  },
  roleTitle: {
    learner: 'Partecipante',
    trainer: 'Formatore/formatrice',
    coordinator: 'Coordinatore/coordinatrice',
    admin: 'Amministratore/amministratrice della piattaforma',
  },
  lessonMedia: {
    callout: { note: 'Nota', tip: 'Suggerimento', warning: 'Attenzione', important: 'Importante', caution: 'Cautela' },
    transcript: 'Trascrizione',
    fileInfo: '{type}, {size}',
  },
};
export default domain;
