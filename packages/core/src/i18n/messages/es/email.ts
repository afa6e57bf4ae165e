import type { Translation } from '../catalogue.ts';
import type en from '../en/email.ts';

/** Spanish (Spain, neutral enough for Latin America) translation of the e-mail texts (see ../en/email.ts for notes). */
const email: Translation<typeof en> = {
  greeting: 'Hola, {name}:',
  greetingNoName: 'Hola:',
  ignoreIfNotYou: 'Si no has pedido esto, puedes ignorar este mensaje; no cambiará nada.',
  linkExpires: '{hours, plural, one {Este enlace es válido durante # hora.} other {Este enlace es válido durante # horas.}}',
  linkExpiresMinutes: '{minutes, plural, one {Este enlace es válido durante # minuto.} other {Este enlace es válido durante # minutos.}}',
  copyLink: 'Si el botón no funciona, copia esta dirección en tu navegador:',
  signature: 'El equipo de {appName}',
  footer: 'Recibes este mensaje por una acción realizada en {appName} ({publicUrl}).',
  verifyEmail: {
    subject: 'Confirma tu dirección de correo electrónico',
    intro: 'Confirma tu dirección de correo electrónico para terminar de crear tu cuenta.',
    action: 'Confirmar dirección de correo',
  },
  accountExists: {
    subject: 'Sobre tu cuenta',
    intro: 'Alguien ha intentado crear una cuenta con esta dirección de correo electrónico, pero ya existe una cuenta con ella.',
    hint: 'Si has sido tú, inicia sesión o restablece tu contraseña:',
    action: 'Iniciar sesión',
  },
  resetPassword: {
    subject: 'Restablece tu contraseña',
    intro: 'Hemos recibido una solicitud para restablecer la contraseña de tu cuenta.',
    action: 'Elegir una contraseña nueva',
  },
  magicLink: {
    subject: 'Tu enlace de acceso',
    intro: 'Usa este enlace para iniciar sesión. Solo funciona una vez.',
    action: 'Iniciar sesión',
  },
  magicLinkTwoFactor: {
    subject: 'Tu solicitud de acceso',
    intro: 'Tu cuenta está protegida con la verificación en dos pasos, por lo que los enlaces de acceso están desactivados para ella.',
    hint: 'Inicia sesión con tu contraseña y el código de tu aplicación de autenticación:',
    action: 'Ir al inicio de sesión',
  },
  invitation: {
    subject: 'Te han invitado a un espacio de formación',
    intro: '{inviterName} te invita a unirte a {organisationName} en {appName} como {role}.',
    action: 'Ver la invitación',
    expires: '{days, plural, one {La invitación es válida durante # día.} other {La invitación es válida durante # días.}}',
  },
  certificateReminder: {
    subjectSoon: 'Tu certificado caduca el {date}',
    subjectExpired: 'Tu certificado ha caducado',
    introSoon: 'Tu certificado de formación caduca el {date}. Si haces el curso de actualización, se renueva por otro periodo.',
    introExpired: 'Tu certificado de formación caducó el {date}. Si haces el curso de actualización, se renueva.',
    action: 'Ver los cursos de actualización',
  },
  cohortEnrolled: {
    subjectSeated: 'Te han inscrito en un curso',
    subjectWaitlisted: 'Estás en la lista de espera de un curso',
    introSeated: '{senderName} te ha inscrito en {courseTitle} ({cohortTitle}).',
    introWaitlisted: '{senderName} te ha añadido a la lista de espera de {courseTitle} ({cohortTitle}). Tienes el puesto {position}; te escribiremos cuando tengas plaza.',
    action: 'Abrir tus cursos',
  },
  cohortMessage: {
    subject: 'Un mensaje sobre tu curso',
    intro: '{senderName} ha escrito al grupo {cohortTitle}:',
    action: 'Abrir el curso',
  },
  discussionDigest: {
    subject: 'Nuevos mensajes en el foro de tu curso',
    intro: '{count, plural, one {# mensaje nuevo} other {# mensajes nuevos}} en el foro de {cohortTitle}. Conversaciones:',
    action: 'Abrir el foro',
    why: 'Recibes este correo porque pediste un resumen diario. Puedes desactivarlo en la página del foro.',
  },
  seatConfirmed: {
    subject: 'Tu plaza está confirmada',
    intro: 'Se ha liberado una plaza en {courseTitle} ({cohortTitle}) y ahora es tuya.',
    action: 'Abrir el curso',
  },
  passwordChanged: {
    subject: 'Se ha cambiado tu contraseña',
    intro: 'La contraseña de tu cuenta se cambió el {date}.',
    hint: 'Si no has sido tú, restablece tu contraseña ahora y ponte en contacto con tu persona coordinadora.',
    action: 'Restablecer contraseña',
  },
  twoFactorChanged: {
    subject: 'Ha cambiado la configuración de acceso a tu cuenta',
    enabled: 'La verificación en dos pasos se activó en tu cuenta el {date}.',
    disabled: 'La verificación en dos pasos se desactivó en tu cuenta el {date}.',
    hint: 'Si no has sido tú, restablece tu contraseña ahora y ponte en contacto con tu persona coordinadora.',
    action: 'Revisar tu configuración de seguridad',
  },
  eventConfirm: {
    subject: 'Please confirm your registration',
    intro: 'You registered for “{event}” ({when}). Please confirm that this address is yours: open the link and press “Confirm my registration”.',
    action: 'Confirm my registration',
    hint: 'Until you confirm, no seat is kept for you.',
  },
  eventRegistered: {
    subjectSeated: 'Your registration is confirmed',
    subjectWaitlisted: 'You are on the waiting list',
    seated: 'Your seat for “{event}” ({when}) is confirmed.',
    waitlisted: '“{event}” ({when}) is full. You are number {position} on the waiting list; when a seat becomes free, we will offer it to you by e-mail.',
    calendar: 'The attached calendar file adds the event to your calendar.',
    action: 'Open your registration',
    personalLink: 'This link is personal: it shows the joining details shortly before the start and lets you cancel. Do not forward it.',
  },
  eventOffer: {
    subject: 'A seat is free for you',
    intro: 'A seat has become free for “{event}” ({when}). It is kept for you until {expires}; after that it goes to the next person on the waiting list.',
    action: 'Take the seat',
  },
  eventReminder: {
    subject: 'Reminder: your event',
    day: '“{event}” starts tomorrow ({when}).',
    hour: '“{event}” starts in one hour ({when}).',
    action: 'Open your registration',
  },
  eventUpdated: {
    subject: 'An event you registered for has changed',
    subjectCancelled: 'An event you registered for is cancelled',
    changed: 'The details of “{event}” have changed. It now takes place {when}.',
    cancelled: '“{event}” has been cancelled. We are sorry for the inconvenience.',
  },
  eventThankYou: {
    subject: 'Thank you for taking part',
    intro: 'Thank you for registering for “{event}”.',
    recording: 'Recording: {url}',
    slides: 'Slides: {url}',
    action: 'Give your feedback',
    erasure: 'Your registration details will be deleted some weeks after the event; only anonymous figures are kept.',
  },
};
export default email;
