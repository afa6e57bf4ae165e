import type { Translation } from '@destalk/core/i18n/messages/catalogue';
import type en from '../en/common.ts';

const common: Translation<typeof en> = {
  skipToContent: 'Saltar al contenido principal',
  /** Answer when too many requests wait at once (503). */
  busy: 'El servidor está muy ocupado. Vuelve a intentarlo en unos instantes.',
  exit: {
    button: 'Salir de esta página',
    skipLink: 'Salir de esta página',
    shortcutHint: 'o pulsa 3 veces la tecla Mayús (Shift)',
    pressTwoMore: 'Mayús: pulsa 2 veces más para salir.',
    pressOneMore: 'Mayús: pulsa 1 vez más para salir.',
    expired: 'Se ha agotado el tiempo para salir de esta página.',
    loading: 'Cargando.',
  },
  nav: {
    label: 'Principal',
    home: 'Inicio',
    browsingSafely: 'Navegar con seguridad',
    guides: 'Guías',
    signIn: 'Iniciar sesión',
    signUp: 'Crear cuenta',
    dashboard: 'Panel',
    account: 'Cuenta',
    security: 'Seguridad',
    sessions: 'Dispositivos',
    organisation: 'Organización',
    admin: 'Administración',
    signOut: 'Cerrar sesión',
    accountMenu: 'Tu cuenta',
  },
  language: {
    label: 'Idioma',
    change: 'Cambiar idioma',
    current: '{language} (actual)',
  },
  footer: {
    tagline: 'Una plataforma de código abierto para programas contra la ciberviolencia y el stalkerware.',
    privacy: 'No usamos cookies con quienes visitan el sitio sin iniciar sesión, no usamos herramientas de analítica y no cargamos nada de otros sitios web.',
    browsingSafely: 'Cómo navegar con más seguridad',
  },
  actions: {
    save: 'Guardar',
    saved: 'Guardado.',
    cancel: 'Cancelar',
    continue: 'Continuar',
    back: 'Volver',
    edit: 'Editar',
    remove: 'Quitar',
    create: 'Crear',
    confirm: 'Confirmar',
  },
  form: {
    errorSummaryTitle: 'Hay un problema',
    required: '(obligatorio)',
    optional: '(opcional)',
  },
  pageTitle: '{page} – {appName}',
};
export default common;
