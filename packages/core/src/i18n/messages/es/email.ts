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
    subject: 'Confirma tu inscripción',
    intro: 'Te has inscrito en «{event}» ({when}). Confirma que esta dirección es tuya: abre el enlace y pulsa «Confirmar mi inscripción».',
    action: 'Confirmar mi inscripción',
    hint: 'Hasta que confirmes, no se te reserva ninguna plaza.',
  },
  eventRegistered: {
    subjectSeated: 'Tu inscripción está confirmada',
    subjectWaitlisted: 'Estás en la lista de espera',
    seated: 'Tu plaza para «{event}» ({when}) está confirmada.',
    waitlisted: 'El evento «{event}» ({when}) está completo. Ocupas el puesto {position} en la lista de espera; cuando quede una plaza libre, te la ofreceremos por correo electrónico.',
    calendar: 'Con el archivo de calendario adjunto puedes añadir el evento a tu calendario.',
    action: 'Abrir tu inscripción',
    personalLink: 'Este enlace es personal: poco antes del inicio muestra los datos de acceso y te permite cancelar la inscripción. No lo reenvíes.',
  },
  eventOffer: {
    subject: 'Hay una plaza libre para ti',
    intro: 'Ha quedado libre una plaza para «{event}» ({when}). Te la reservamos hasta el {expires}; después pasará a la siguiente persona de la lista de espera.',
    action: 'Aceptar la plaza',
  },
  eventReminder: {
    subject: 'Recordatorio: tu evento',
    day: '«{event}» empieza mañana ({when}).',
    hour: '«{event}» empieza dentro de una hora ({when}).',
    action: 'Abrir tu inscripción',
  },
  eventUpdated: {
    subject: 'Ha cambiado un evento en el que te has inscrito',
    subjectCancelled: 'Se ha cancelado un evento en el que te has inscrito',
    changed: 'Los detalles de «{event}» han cambiado. Nueva fecha y hora: {when}.',
    cancelled: 'Se ha cancelado «{event}». Sentimos las molestias.',
  },
  eventThankYou: {
    subject: 'Gracias por participar',
    intro: 'Gracias por inscribirte en «{event}».',
    recording: 'Grabación: {url}',
    slides: 'Diapositivas: {url}',
    action: 'Danos tu opinión',
    erasure: 'Los datos de tu inscripción se borrarán unas semanas después del evento; solo se conservan cifras anónimas.',
  },
};
export default email;
