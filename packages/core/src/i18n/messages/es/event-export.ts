import type { Translation } from '../catalogue.ts';
import type en from '../en/event-export.ts';

/** Event registrations as exported to a spreadsheet (see ../en/event-export.ts). */
const eventExport: Translation<typeof en> = {
  sheet: 'Inscripciones',
  yes: 'Sí',
  no: 'No',
  columns: {
    name: 'Nombre',
    email: 'Correo electrónico',
    organisation: 'Organización',
    sector: 'Sector',
    country: 'País',
    accessibility: 'Necesidades de accesibilidad',
    status: 'Estado',
    waitlistPosition: 'Posición en la lista de espera',
    registered: 'Inscripción',
    confirmed: 'Confirmación',
    attended: 'Asistencia',
    attendance: 'Asistencia registrada por',
    consentVersion: 'Versión del consentimiento',
    consentedAt: 'Consentimiento dado',
    consentText: 'Texto del consentimiento',
    certificateRequested: 'Certificado solicitado',
  },
  status: {
    pending: 'Pendiente de confirmar por correo',
    confirmed: 'Plaza confirmada',
    waitlisted: 'Lista de espera',
    offered: 'Plaza ofrecida',
    cancelled: 'Cancelada',
    expired: 'Oferta caducada',
  },
  source: {
    join_link: 'Enlace personal de acceso',
    check_in: 'Lista de asistencia',
  },
};

export default eventExport;
