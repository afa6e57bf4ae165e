import type { Translation } from '../catalogue.ts';
import type en from '../en/validation.ts';

/** Spanish (Spain, neutral enough for Latin America) translation of the field messages (see ../en/validation.ts for notes). */
const validation: Translation<typeof en> = {
  required: 'Rellena este campo.',
  email: 'Escribe una dirección de correo electrónico, por ejemplo nombre@example.org.',
  tooLong: '{max, plural, one {Usa como máximo # carácter.} other {Usa como máximo # caracteres.}}',
  passwordTooShort: '{min, plural, one {Usa al menos # carácter.} other {Usa al menos # caracteres.}}',
  passwordsDoNotMatch: 'Las dos contraseñas no coinciden.',
  totpCode: 'Escribe el código de 6 cifras de tu aplicación de autenticación.',
  backupCode: 'Escribe uno de tus códigos de recuperación.',
  locale: 'Elige uno de los idiomas disponibles.',
  sector: 'Elige un sector.',
  country: 'Elige un país.',
  region: 'Elige una región.',
  role: 'Elige un rol.',
  slug: 'Usa solo letras minúsculas, números y guiones.',
  currentPasswordWrong: 'Tu contraseña actual no es correcta.',
  sameEmailRequired: 'Inicia sesión con la dirección de correo electrónico a la que se envió la invitación.',
  alreadyMember: 'Esta persona ya es miembro de la organización.',
  lastCoordinator: 'Una organización necesita al menos una persona coordinadora. Nombra antes a otra persona coordinadora.',
  slugTaken: 'Este nombre corto ya está en uso. Elige otro.',
  invalidInput: 'Este valor no es válido.',
  gateConfirm: 'Confirma este punto antes de empezar la comprobación.',
  reportExpired: 'Ya no se puede guardar este informe. Vuelve a hacer la comprobación.',
  enrolmentClosed: 'La inscripción en este grupo no está abierta.',
  notEligible: 'Este grupo es para otras organizaciones o sectores.',
  invitationOnly: 'A este grupo solo se accede por invitación.',
  quizAlreadyPassed: 'Ya has superado este cuestionario.',
  noAttemptsLeft: 'Has agotado los intentos de este cuestionario. Ponte en contacto con tu persona formadora.',
  answerRequired: 'Elige una respuesta para esta pregunta.',
  notEligibleMember: 'Ninguna cuenta con esta dirección de correo pertenece a una organización que pueda unirse a este grupo.',
};
export default validation;
