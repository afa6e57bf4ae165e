import type { Translation } from '@destalk/core/i18n/messages/catalogue';
import type en from '../en/public.ts';

/**
 * Italian public pages (see ../en/public.ts). Factual statements are backed by the sources
 * listed under `sources`; keep them in step when editing.
 */
const publicPages: Translation<typeof en> = {
  home: {
    title: 'Formazione e strumenti contro la violenza digitale e lo stalkerware',
    lead: '{appName} aiuta una regione o un’organizzazione a realizzare un programma completo: un corso per chi lavora sul campo, strumenti pratici, campagne ed eventi di sensibilizzazione, e i dati per mostrare che cosa è cambiato.',
    audience: 'Per operatrici e operatori dei centri antiviolenza, dei programmi per autori di violenza e degli enti pubblici, come servizi sociali, forze dell’ordine e servizi sanitari.',
    getStarted: 'Crea un account',
    signIn: 'Accedi',
    offerTitle: 'Che cosa offre il programma',
    learn: {
      title: 'Imparare',
      text: 'Un corso in cinque lingue per riconoscere e affrontare i casi di violenza digitale e stalkerware e per inviarli ai servizi competenti. Si segue in gruppo, con formatrici e formatori, e prevede un attestato e un aggiornamento dopo un anno.',
    },
    practise: {
      title: 'Mettere in pratica',
      text: 'Percorsi formativi per ogni professione e strumenti per il lavoro quotidiano: uno screening degli abusi tramite tecnologia, un piano di sicurezza digitale, una mappatura delle forme di controllo digitale per i programmi per autori di violenza e una verifica dello stalkerware basata su indicatori pubblici.',
    },
    raise: {
      title: 'Sensibilizzare',
      text: 'Linee guida per le campagne e un generatore di materiali: manifesti, card per i social media e comunicati stampa nella lingua della regione, con i numeri di aiuto del territorio.',
    },
    gather: {
      title: 'Incontrarsi',
      text: 'Eventi online gratuiti con tavole rotonde e interventi di esperte ed esperti, con iscrizione, promemoria e link di partecipazione inviato solo alle persone iscritte.',
    },
    prove: {
      title: 'Mostrare l’impatto',
      text: 'Chi coordina vede nel tempo quante persone sono state formate per settore, Paese e organizzazione, e chi deve seguire l’aggiornamento, senza esporre le singole persone.',
    },
    survivorTitle: 'Se temi che qualcuno controlli il tuo telefono',
    survivorText: 'Non sei l’unica persona a cui succede, e non è colpa tua. Lo stalkerware è un software che permette a qualcuno di seguire di nascosto i messaggi, la posizione o le attività di un’altra persona sul suo dispositivo, senza il suo consenso.',
    survivorAdvice1: 'Prima di rimuovere un’app o di cambiare le impostazioni, parlane con un servizio di supporto specializzato: eliminare il controllo può mettere in allerta la persona che lo ha installato e rendere la situazione più pericolosa.',
    survivorAdvice2: 'Se puoi, cerca aiuto da un dispositivo a cui l’altra persona non ha mai avuto accesso, come il telefono di una persona amica di cui ti fidi o un computer della biblioteca.',
    survivorAdvice3: 'In caso di emergenza, in tutta l’Unione europea puoi chiamare il 112.',
    survivorMore: 'Leggi come navigare in modo più sicuro',
    safetyTitle: 'Pensato per una visita sicura',
    safetyText: 'Il pulsante rosso «Esci da questa pagina», oppure premere tre volte il tasto Maiusc (Shift), ti porta subito a un sito di previsioni meteo. Questo sito non usa cookie per chi lo visita, non usa strumenti di analisi e non carica nulla da altri siti web.',
  },
  browsing: {
    title: 'Navigare in sicurezza',
    lead: 'Alcuni accorgimenti pratici se pensi che qualcuno possa controllare quello che fai sul telefono o sul computer. Nessun accorgimento nasconde tutto: fidati del tuo istinto e scegli ciò che va bene per la tua situazione.',
    exitTitle: 'Che cosa fa «Esci da questa pagina», e che cosa non fa',
    exitText1: 'Il pulsante rosso in alto in ogni pagina pubblica, oppure premere rapidamente tre volte il tasto Maiusc (Shift), svuota subito la pagina e al suo posto apre un sito di previsioni meteo. Se poi premi «Indietro», questa pagina non ricompare.',
    exitText2: 'Non cancella la cronologia di navigazione. Chiunque apra la cronologia di questo browser può comunque vedere che hai visitato questo sito. Usa una finestra privata o segui i consigli qui sotto per lasciare meno tracce.',
    privateTitle: 'Finestre private',
    privateText: 'Una finestra privata (chiamata Navigazione anonima, In incognito o InPrivate) non conserva nella cronologia le pagine che hai visitato, una volta chiusa. Non nasconde però la tua attività ai software di monitoraggio installati sul dispositivo, alla rete che usi né ai siti che visiti.',
    historyTitle: 'Cronologia e sospetti',
    historyText: 'Puoi eliminare singole pagine dalla cronologia del browser invece di cancellarla tutta. Se di solito non cancelli mai la cronologia, cancellarla tutta all’improvviso potrebbe attirare l’attenzione.',
    deviceTitle: 'Usare un dispositivo più sicuro',
    deviceText: 'Se qualcuno ha avuto accesso al tuo telefono o al tuo computer, o ne conosce le password, potrebbe riuscire a vedere quello che ci fai. Un dispositivo più sicuro è un dispositivo a cui quella persona non ha mai avuto accesso: il telefono di una persona amica di cui ti fidi, un computer di lavoro che usi solo tu o un computer di una biblioteca pubblica.',
    changesTitle: 'Prima di cambiare qualcosa',
    changesText: 'Rimuovere un’app, cambiare le password o disattivare la condivisione della posizione può mettere in allerta la persona che ti controlla. Un servizio di supporto specializzato può aiutarti a pianificare questi cambiamenti in sicurezza e a conservare le prove.',
    accountsTitle: 'Account e backup nel cloud',
    accountsText: 'Per controllare qualcuno non sempre serve un’app. Chi conosce la password della tua e-mail o del tuo account cloud, o condivide con te un account familiare, spesso può vedere messaggi, foto e posizioni. Da un dispositivo più sicuro, controlla quali dispositivi hanno accesso ai tuoi account.',
    emergency: 'Se sei in pericolo adesso, chiama il 112 (il numero di emergenza in tutti i Paesi dell’Unione europea).',
    sourcesTitle: 'Fonti',
  },
  sources: {
    cas: 'Coalition Against Stalkerware, «Information for tech companies» (definizione di stalkerware), consultato il 28 novembre 2026.',
    nnedvPlan: 'National Network to End Domestic Violence, Safety Net Project, «Technology Safety Plan: A Guide for Survivors and Advocates», consultato il 28 novembre 2026.',
    bcsthChecklist: 'BC Society of Transition Houses, Technology Safety Project, «Tech Safety Planning Checklist», consultato il 28 novembre 2026.',
    govukExit: 'GOV.UK Design System, pattern «Exit a page quickly» e componente «Exit this page», consultato il 28 novembre 2026.',
    mozillaPrivate: 'Mozilla Support, «Private Browsing – Use Firefox without saving history», consultato il 28 novembre 2026.',
    ec112: 'Commissione europea, «112 – the European emergency number», consultato il 28 novembre 2026.',
  },
};
export default publicPages;
