import type { Translation } from '../catalogue.ts';
import type en from '../en/certificate.ts';

const certificate: Translation<typeof en> = {
  title: 'Certificado de finalización',
  certifies: 'Se certifica que',
  completed: 'ha completado el curso',
  issued: 'Expedido el {date}',
  validUntil: 'Válido hasta el {date}',
  code: 'Código de verificación',
  verifyAt: 'Comprueba la validez de este certificado en {url}',
  expiredNote: 'Este certificado caducó el {date}.',
  completedPathway: 'ha completado el itinerario formativo',
};
export default certificate;
