import type { Translation } from '@destalk/core/i18n/messages/catalogue';
import type en from '../en/public.ts';

const publicPages: Translation<typeof en> = {
  home: {
    title: 'Formación y herramientas contra la ciberviolencia y el stalkerware',
    lead: '{appName} ayuda a una región o a una organización a llevar a cabo un programa completo: un curso para profesionales, herramientas prácticas, campañas de sensibilización y eventos, y los datos que muestran qué ha cambiado.',
    audience: 'Para profesionales de los servicios de atención a mujeres, de los programas de intervención con agresores y de las administraciones públicas, como los servicios sociales, la policía y los servicios de salud.',
    getStarted: 'Crear una cuenta',
    signIn: 'Iniciar sesión',
    offerTitle: 'Qué ofrece el programa',
    learn: {
      title: 'Aprender',
      text: 'Un curso en cinco idiomas para detectar los casos de ciberviolencia y stalkerware, responder a ellos y derivarlos, en grupos acompañados por personas formadoras, con certificado y un curso de actualización un año después.',
    },
    practise: {
      title: 'Practicar',
      text: 'Itinerarios formativos para cada profesión y herramientas para el trabajo diario: un cribado del abuso tecnológico, un plan de seguridad digital, un inventario del control digital para los programas de intervención con agresores y una comprobación de stalkerware a partir de indicadores públicos.',
    },
    raise: {
      title: 'Sensibilizar',
      text: 'Pautas para campañas y un generador de materiales (carteles, imágenes para redes sociales y notas de prensa) en el idioma de la región y con sus teléfonos de ayuda.',
    },
    gather: {
      title: 'Encontrarse',
      text: 'Eventos en línea gratuitos con mesas redondas y ponentes, inscripción, recordatorios y un enlace de acceso que solo reciben las personas inscritas.',
    },
    prove: {
      title: 'Mostrar el impacto',
      text: 'Las personas coordinadoras ven a lo largo del tiempo cuántas personas se han formado por sector, país y organización, y a quién le toca el curso de actualización, sin exponer a nadie individualmente.',
    },
    survivorTitle: 'Si te preocupa que alguien esté vigilando tu teléfono',
    survivorText: 'No te pasa solo a ti, y no es culpa tuya. El stalkerware es un programa que permite a una persona seguir en secreto los mensajes, la ubicación o la actividad de otra en su dispositivo, sin su consentimiento.',
    survivorAdvice1: 'Antes de eliminar una aplicación o cambiar la configuración, habla con un servicio especializado de apoyo: quitar la vigilancia puede alertar a quien la instaló y hacer que la situación sea más peligrosa.',
    survivorAdvice2: 'Si puedes, busca ayuda desde un dispositivo al que esa persona nunca haya tenido acceso, como el teléfono de una amistad de confianza o un ordenador de una biblioteca.',
    survivorAdvice3: 'En caso de emergencia, en cualquier lugar de la Unión Europea, llama al 112.',
    survivorMore: 'Lee cómo navegar con más seguridad',
    safetyTitle: 'Pensado para que visitarlo sea seguro',
    safetyText: 'El botón rojo «Salir de esta página», o pulsar tres veces la tecla Mayús (Shift), te lleva directamente a una web del tiempo. Este sitio no usa cookies con quienes lo visitan, no usa herramientas de analítica y no carga nada de otros sitios web.',
  },
  browsing: {
    title: 'Navegar con seguridad',
    lead: 'Algunos pasos prácticos si crees que alguien puede estar revisando lo que haces en tu teléfono o en tu ordenador. Ningún paso lo oculta todo, así que confía en tu intuición y quédate con lo que encaje en tu situación.',
    exitTitle: 'Qué hace «Salir de esta página» y qué no hace',
    exitText1: 'El botón rojo de la parte superior de cada página pública, o pulsar rápidamente tres veces la tecla Mayús (Shift), deja la página en blanco al instante y abre en su lugar una web del tiempo. Si después pulsas «Atrás», esta página no vuelve a aparecer.',
    exitText2: 'No borra tu historial de navegación. Cualquier persona que abra el historial de este navegador podrá ver que has visitado este sitio. Usa una ventana privada o los pasos que se explican más abajo para dejar menos rastro.',
    privateTitle: 'Ventanas privadas',
    privateText: 'Una ventana privada (llamada «navegación privada», «modo incógnito» o «InPrivate») no guarda en el historial las páginas que visitas una vez que la cierras. No oculta tu actividad a los programas de vigilancia instalados en el dispositivo, a la red que usas ni a los sitios web que visitas.',
    historyTitle: 'El historial y las sospechas',
    historyText: 'Puedes borrar páginas concretas del historial del navegador en lugar de borrarlo entero. Si normalmente nunca borras el historial, borrarlo todo de repente puede llamar la atención.',
    deviceTitle: 'Usar un dispositivo más seguro',
    deviceText: 'Si alguien ha tenido acceso a tu teléfono o a tu ordenador, o conoce sus contraseñas, puede que vea lo que haces en él. Un dispositivo más seguro es uno al que esa persona nunca ha tenido acceso: el teléfono de una amistad de confianza, un ordenador del trabajo que solo usas tú o un ordenador de una biblioteca pública.',
    changesTitle: 'Antes de cambiar nada',
    changesText: 'Eliminar una aplicación, cambiar contraseñas o desactivar la ubicación compartida puede alertar a la persona que te está vigilando. Un servicio especializado de apoyo puede ayudarte a planificar estos cambios de forma segura y a conservar pruebas.',
    accountsTitle: 'Cuentas y copias de seguridad en la nube',
    accountsText: 'Para vigilar a alguien no siempre hace falta una aplicación. Quien conoce la contraseña de tu correo electrónico o de tu cuenta en la nube, o comparte contigo una cuenta familiar, a menudo puede ver mensajes, fotos y ubicaciones. Revisa desde un dispositivo más seguro qué dispositivos tienen la sesión iniciada en tus cuentas.',
    emergency: 'Si ahora mismo estás en peligro, llama al 112 (el número de emergencias en todos los países de la Unión Europea).',
    sourcesTitle: 'Fuentes',
  },
  sources: {
    cas: 'Coalition Against Stalkerware, «Information for tech companies» (definición de stalkerware), consultado el 28 de noviembre de 2026.',
    nnedvPlan: 'National Network to End Domestic Violence, Safety Net Project, «Technology Safety Plan: A Guide for Survivors and Advocates», consultado el 28 de noviembre de 2026.',
    bcsthChecklist: 'BC Society of Transition Houses, Technology Safety Project, «Tech Safety Planning Checklist», consultado el 28 de noviembre de 2026.',
    govukExit: 'GOV.UK Design System, patrón «Exit a page quickly» y componente «Exit this page», consultado el 28 de noviembre de 2026.',
    mozillaPrivate: 'Mozilla Support, «Private Browsing – Use Firefox without saving history», consultado el 28 de noviembre de 2026.',
    ec112: 'Comisión Europea, «112 – the European emergency number», consultado el 28 de noviembre de 2026.',
  },
};
export default publicPages;
