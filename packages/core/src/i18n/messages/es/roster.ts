import type { Translation } from '../catalogue.ts';
import type en from '../en/roster.ts';

const roster: Translation<typeof en> = {
  name: 'Nombre',
  email: 'Correo electrónico',
  status: 'Estado',
  waitlistPosition: 'Puesto en la lista de espera',
  track: 'Itinerario',
  progress: 'Progreso',
  lastActive: 'Última actividad',
  completed: 'Completado el',
  certificate: 'Certificado',
  certificateStatus: 'Estado del certificado',
  statusValue: {
    seated: 'Inscripción confirmada',
    completed: 'Completado',
    waitlisted: 'Lista de espera',
  },
  trackValue: {
    victim_support: 'Servicios de atención a víctimas',
    perpetrator_programme: 'Programas de intervención con agresores',
    public_authority: 'Administraciones públicas',
  },
  certificateValue: {
    valid: 'Válido',
    expired: 'Caducado',
    revoked: 'Revocado',
  },
};
export default roster;
