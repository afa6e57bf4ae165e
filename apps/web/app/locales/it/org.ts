import type { Translation } from '@destalk/core/i18n/messages/catalogue';
import type en from '../en/org.ts';

/** Italian: the coordinator's area of an organisation (see ../en/org.ts). */
const org: Translation<typeof en> = {
  title: '{organisation}',
  eyebrow: 'Organizzazione',
  tabs: { label: 'Sezioni dell’organizzazione', members: 'Membri', cohorts: 'Edizioni', audit: 'Registro di sicurezza' },
  details: '{sector} · {country} · {region}',
  members: {
    title: 'Membri',
    caption: 'Membri di {organisation}',
    name: 'Nome',
    email: 'E-mail',
    role: 'Ruolo',
    security: 'Verifica in due passaggi',
    joined: 'Data di adesione',
    actions: 'Azioni',
    on: 'Attiva',
    off: 'Non attiva',
    you: '(tu)',
    changeRole: 'Cambia ruolo',
    roleFor: 'Ruolo di {name}',
    remove: 'Rimuovi',
    removeFor: 'Rimuovi {name}',
    roleChanged: 'Il ruolo è stato modificato.',
    removed: '{name} non fa più parte dell’organizzazione.',
  },
  invite: {
    title: 'Invita una persona',
    lead: 'Riceverà un’e-mail con un link valido per 14 giorni.',
    email: 'Indirizzo e-mail',
    role: 'Ruolo',
    submit: 'Invia l’invito',
    sent: 'Invito inviato a {email}.',
    pendingTitle: 'Inviti in sospeso',
    pendingCaption: 'Inviti non ancora accettati',
    expires: 'Scade il',
    expired: 'Scaduto',
    revoke: 'Ritira',
    revokeFor: 'Ritira l’invito a {email}',
    revoked: 'L’invito è stato ritirato.',
    none: 'Nessun invito in sospeso.',
  },
  roleHelp: {
    learner: 'Partecipante: segue i corsi e usa gli strumenti.',
    trainer: 'Formatore/formatrice: in più crea corsi e conduce i gruppi.',
    coordinator: 'Coordinatore/coordinatrice: in più gestisce i membri e consulta i report. Deve usare la verifica in due passaggi.',
  },
  audit: {
    title: 'Registro di sicurezza',
    lead: 'Accessi, inviti e cambi di ruolo in questa organizzazione.',
    caption: 'Eventi di sicurezza di {organisation}',
    none: 'Non è ancora stato registrato nulla.',
    older: 'Eventi precedenti',
  },
};
export default org;
