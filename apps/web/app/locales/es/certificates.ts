import type { Translation } from '@destalk/core/i18n/messages/catalogue';
import type en from '../en/certificates.ts';

const certificates: Translation<typeof en> = {
  mineTitle: 'Tus certificados',
  mineNone: 'Recibirás un certificado cuando completes un curso.',
  validUntil: 'Válido hasta el {date}',
  expiredOn: 'Caducó el {date}',
  revokedNote: 'Revocado',
  status: { valid: 'Válido', expired: 'Caducado', revoked: 'Revocado' },
  code: 'Código de verificación {code}',
  download: 'Descargar el certificado (PDF)',
  downloadOf: 'Descargar el certificado de {course} (PDF)',
  refresherDue: 'Es el momento del curso de actualización: renueva tu certificado por otro periodo.',
  refresherOpen: 'Inscribirme en el curso de actualización',
  refresherNone: 'Todavía no hay ningún grupo de actualización abierto para ti. Tu persona formadora o coordinadora puede abrir uno.',
  earned: 'Has completado el curso. Tu certificado está listo.',
  verify: {
    title: 'Comprobar un certificado',
    lead: 'Introduce el código de verificación impreso en el certificado para saber si es válido.',
    codeLabel: 'Código de verificación',
    codeHint: 'Doce letras y cifras, por ejemplo 7KQ2-M9XD-4TRB.',
    submit: 'Comprobar',
    resultTitle: 'Certificado {code}',
    valid: 'Este certificado es válido.',
    expired: 'Este certificado ha caducado. Era válido hasta el {date}.',
    revoked: 'Este certificado fue revocado el {date} y ya no es válido.',
    notFound: 'Ningún certificado tiene este código. Comprueba que esté bien escrito.',
    holder: 'Titular',
    course: 'Curso',
    issued: 'Expedido el',
    validUntil: 'Válido hasta el',
    privacy: 'Para proteger la privacidad, solo mostramos el nombre y las iniciales de la persona titular. Si necesitas asegurarte de que el certificado pertenece a quien lo presenta, pídele un documento de identidad.',
    another: 'Comprobar otro código',
  },
  revoke: {
    action: 'Revocar',
    reason: 'Motivo de la revocación',
    reasonHint: 'Queda en el registro; la persona titular y el público solo ven que se ha revocado.',
    confirm: 'Revocar el certificado',
    done: 'Se ha revocado el certificado de {name}.',
  },
};
export default certificates;
