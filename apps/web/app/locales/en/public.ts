/**
 * The public pages. Factual statements are backed by the sources listed under `sources`; keep
 * them in step when editing.
 */
export default {
  home: {
    title: 'Training and tools against cyberviolence and stalkerware',
    lead: '{appName} helps a region or an organisation run a whole programme: a course for practitioners, practical tools, awareness campaigns and events, and the figures to show what changed.',
    audience: 'For practitioners of women’s support services, perpetrator programmes and public authorities such as social services, police and health services.',
    getStarted: 'Create an account',
    signIn: 'Sign in',
    offerTitle: 'What the programme offers',
    learn: {
      title: 'Learn',
      text: 'A course in five languages on recognising, responding to and referring cases of cyberviolence and stalkerware, in cohorts with trainers, with a certificate and a refresher a year later.',
    },
    practise: {
      title: 'Practise',
      text: 'Training pathways for each profession and tools for daily work: a tech-abuse screening, a digital safety plan, an inventory of digital control for perpetrator programmes and a stalkerware check against public indicators.',
    },
    raise: {
      title: 'Raise awareness',
      text: 'Campaign guidelines and a kit generator for posters, social media cards and press releases in the region’s language, with its helplines.',
    },
    gather: {
      title: 'Gather',
      text: 'Free online events with panels and speakers, registration, reminders and the join link sent only to people who registered.',
    },
    prove: {
      title: 'Show the impact',
      text: 'Coordinators see who was trained by sector, country and organisation over time, and who is due for a refresher, without exposing individuals.',
    },
    survivorTitle: 'If you are worried that someone is watching your phone',
    survivorText: 'You are not alone, and it is not your fault. Stalkerware is software that lets someone secretly follow another person’s messages, location or activity on their device without consent.',
    survivorAdvice1: 'Before removing an app or changing settings, talk to a specialist support service: removing monitoring can alert the person who installed it and make things more dangerous.',
    survivorAdvice2: 'If you can, look for help from a device the other person has never had access to, such as a trusted friend’s phone or a library computer.',
    survivorAdvice3: 'In an emergency anywhere in the European Union, call 112.',
    survivorMore: 'Read how to browse more safely',
    safetyTitle: 'Built to be safe to visit',
    safetyText: 'The red “Exit this page” button, or pressing the Shift key three times, takes you straight to a weather website. This site sets no cookies for visitors, uses no analytics and loads nothing from other websites.',
  },
  browsing: {
    title: 'Browsing safely',
    lead: 'Some practical steps if you think someone may be checking what you do on your phone or computer. No step hides everything, so trust your instincts and take what fits your situation.',
    exitTitle: 'What “Exit this page” does, and what it does not',
    exitText1: 'The red button at the top of every public page, or pressing the Shift key three times quickly, blanks the page at once and opens a weather website in its place. Pressing Back then does not bring this page back.',
    exitText2: 'It does not erase your browsing history. Anyone who opens the history of this browser can still see that you visited this site. Use a private window or the steps below to leave fewer traces.',
    privateTitle: 'Private windows',
    privateText: 'A private window (called Private Browsing, Incognito or InPrivate) does not keep the pages you visit in the history once you close it. It does not hide your activity from monitoring software installed on the device, from the network you use or from the websites you visit.',
    historyTitle: 'History and suspicion',
    historyText: 'You can delete single pages from your browser history instead of the whole history. If you never usually clear your history, suddenly clearing all of it may itself draw attention.',
    deviceTitle: 'Using a safer device',
    deviceText: 'If someone has had access to your phone or computer, or knows its passwords, they may be able to see what you do on it. A safer device is one they have never had access to: a trusted friend’s phone, a work computer you alone use, or a public library computer.',
    changesTitle: 'Before you change anything',
    changesText: 'Removing an app, changing passwords or turning off location sharing can alert the person who is monitoring you. A specialist support service can help you plan these changes safely and keep evidence.',
    accountsTitle: 'Accounts and cloud backups',
    accountsText: 'Monitoring does not always need an app. Someone who knows the password of your e-mail or cloud account, or shares a family account with you, can often see messages, photos and locations. Check the devices signed in to your accounts from a safer device.',
    emergency: 'If you are in danger now, call 112 (the emergency number in every country of the European Union).',
    sourcesTitle: 'Sources',
  },
  sources: {
    cas: 'Coalition Against Stalkerware, “Information for tech companies” (definition of stalkerware), accessed 28 November 2026.',
    nnedvPlan: 'National Network to End Domestic Violence, Safety Net Project, “Technology Safety Plan: A Guide for Survivors and Advocates”, accessed 28 November 2026.',
    bcsthChecklist: 'BC Society of Transition Houses, Technology Safety Project, “Tech Safety Planning Checklist”, accessed 28 November 2026.',
    govukExit: 'GOV.UK Design System, “Exit a page quickly” pattern and “Exit this page” component, accessed 28 November 2026.',
    mozillaPrivate: 'Mozilla Support, “Private Browsing – Use Firefox without saving history”, accessed 28 November 2026.',
    ec112: 'European Commission, “112 – the European emergency number”, accessed 28 November 2026.',
  },
} as const;
