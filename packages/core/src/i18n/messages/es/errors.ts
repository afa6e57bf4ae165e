import type { Translation } from '../catalogue.ts';
import type en from '../en/errors.ts';

/** Spanish (Spain, neutral enough for Latin America) translation of the error messages (see ../en/errors.ts for notes). */
const errors: Translation<typeof en> = {
  code: {
    bad_request: 'No hemos podido entender la solicitud. Revisa lo que has enviado e inténtalo de nuevo.',
    validation_failed: 'Hay campos que necesitan tu atención.',
    unauthenticated: 'Inicia sesión para continuar.',
    forbidden: 'No tienes permiso para hacer esto.',
    not_found: 'No hemos encontrado lo que buscabas.',
    conflict: 'Esto entra en conflicto con algo que ya existe.',
    gone: 'Este enlace ha caducado o ya se ha utilizado.',
    rate_limited: '{seconds, plural, one {Demasiados intentos. Espera # segundo y vuelve a intentarlo.} other {Demasiados intentos. Espera # segundos y vuelve a intentarlo.}}',
    two_factor_required: 'Esta sección requiere la verificación en dos pasos. Actívala primero.',
    email_not_verified: 'Primero confirma tu dirección de correo electrónico. Te hemos enviado un enlace nuevo.',
    invalid_credentials: 'La dirección de correo electrónico o la contraseña no son correctas.',
    internal: 'Algo ha fallado por nuestra parte. Vuelve a intentarlo en un momento.',
  },
  status: {
    400: { title: 'Solicitud incorrecta', text: 'No hemos podido entender la solicitud.' },
    401: { title: 'Inicia sesión', text: 'Tienes que iniciar sesión para ver esta página.' },
    403: { title: 'Acceso no permitido', text: 'No tienes permiso para ver esta página.' },
    404: { title: 'Página no encontrada', text: 'Puede que la página se haya movido o que la dirección esté mal escrita.' },
    405: { title: 'Acción no permitida', text: 'Esta página no se puede usar de esta manera.' },
    409: { title: 'Conflicto', text: 'Esto entra en conflicto con algo que ya existe.' },
    410: { title: 'Enlace caducado', text: 'Este enlace ha caducado o ya se ha utilizado.' },
    422: { title: 'Revisa el formulario', text: 'Hay campos que necesitan tu atención.' },
    429: { title: 'Demasiados intentos', text: 'Espera un poco y vuelve a intentarlo.' },
    500: { title: 'Algo ha fallado', text: 'Vuelve a intentarlo en un momento. Si sigue ocurriendo, avisa a tu persona coordinadora.' },
    503: { title: 'No disponible temporalmente', text: 'El servicio está saturado o se está actualizando. Vuelve a intentarlo en breve.' },
  },
  goHome: 'Ir a la página de inicio',
  reference: 'Referencia: {requestId}',
};
export default errors;
