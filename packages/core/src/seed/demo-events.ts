import { DAY } from '../clock.ts';
import { utcToZonedLocal, zonedToUtc } from '../events/zoned-time.ts';
import { newId } from '../ids.ts';
import type { Platform } from '../platform.ts';

const T = (en: string, it: string, es: string, de: string, fr: string) => JSON.stringify({ en, it, es, de, fr });

/**
 * A demo event three weeks ahead: an online panel like DeStalk's own dissemination event, with
 * three speakers, English subtitles and a privacy notice. Its join address is a placeholder.
 */
export async function seedDemoEvent(platform: Pick<Platform, 'db' | 'clock'>, organisation: { id: string; regionId: string }, createdByUserId: string | null): Promise<void> {
  const zone = 'Europe/Rome';
  const day = utcToZonedLocal(new Date(platform.clock.now().getTime() + 21 * DAY).toISOString(), zone).slice(0, 10);
  const startsAt = zonedToUtc(`${day}T10:00`, zone);
  const endsAt = zonedToUtc(`${day}T12:00`, zone);
  const now = platform.clock.now().toISOString();
  const id = newId();
  await platform.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('events')
      .values({
        id,
        slug: 'demo-stalkerware-panel',
        organisationId: organisation.id,
        regionId: organisation.regionId,
        status: 'published',
        format: 'online',
        timezone: zone,
        startsAt,
        endsAt,
        title: T(
          'Stalkerware and cyberviolence: what services need to know',
          'Stalkerware e violenza online: cosa devono sapere i servizi',
          'Stalkerware y ciberviolencia: lo que los servicios necesitan saber',
          'Stalkerware und digitale Gewalt: was Fachstellen wissen müssen',
          'Stalkerware et cyberviolence : ce que les services doivent savoir',
        ),
        summary: T(
          'A free online panel with research, cybersecurity, a public authority and a support service.',
          'Un panel online gratuito con ricerca, sicurezza informatica, un’autorità pubblica e un servizio di supporto.',
          'Un panel en línea gratuito con investigación, ciberseguridad, una autoridad pública y un servicio de atención.',
          'Ein kostenloses Online-Panel mit Forschung, IT-Sicherheit, einer Behörde und einer Beratungsstelle.',
          'Une table ronde en ligne gratuite réunissant recherche, cybersécurité, une autorité publique et un service d’accompagnement.',
        ),
        description: T('Demo event: change or cancel it under **Events**.', 'Evento dimostrativo.', 'Evento de demostración.', 'Demo-Veranstaltung.', 'Événement de démonstration.'),
        spokenLanguages: '["en"]',
        subtitleLanguages: '["en"]',
        signLanguage: null,
        venue: null,
        joinUrl: 'https://meet.example.org/demo-panel',
        joinRevealMinutes: 30,
        capacity: 150,
        offerHours: 24,
        questions: '[]',
        consentText: T(
          'We use your name, e-mail address and answers only to run this event. They are deleted 30 days after it; only anonymous figures are kept.',
          'Usiamo nome, indirizzo e-mail e risposte solo per organizzare questo evento. Li cancelliamo 30 giorni dopo; restano solo dati anonimi.',
          'Usamos tu nombre, tu correo y tus respuestas solo para organizar este evento. Los borramos 30 días después; solo se conservan cifras anónimas.',
          'Wir nutzen Ihren Namen, Ihre E-Mail-Adresse und Ihre Antworten nur für diese Veranstaltung. Sie werden 30 Tage danach gelöscht; nur anonyme Zahlen bleiben.',
          'Nous utilisons votre nom, votre adresse e-mail et vos réponses uniquement pour cet événement. Ils sont effacés 30 jours après ; seuls des chiffres anonymes sont conservés.',
        ),
        consentVersion: 1,
        erasureDays: 30,
        recordingUrl: null,
        slidesUrl: null,
        nextWaitlistPosition: 1,
        createdByUserId,
        createdAt: now,
        updatedAt: now,
        publishedAt: now,
        remindersSent: '[]',
        thankYouSentAt: null,
        erasedAt: null,
      })
      .execute();
    const speakers = [
      ['Dr. Elena Moretti', 'University research group on technology-facilitated abuse', 'Researches how partners use technology to control.'],
      ['Luca Ferri', 'Regional cybersecurity team', 'Analyses stalkerware samples and indicators.'],
      ['Sara Conti', 'Safe Harbour Women’s Centre', 'Supports survivors and trains practitioners.'],
    ];
    const ids: string[] = [];
    for (const [position, [name, affiliation, bio]] of speakers.entries()) {
      const speakerId = newId();
      ids.push(speakerId);
      await trx.insertInto('event_speakers').values({ id: speakerId, eventId: id, position: position + 1, name: name!, affiliation: affiliation!, bio: JSON.stringify({ en: bio }), photoType: null, photo: null }).execute();
    }
    await trx
      .insertInto('event_sessions')
      .values({ id: newId(), eventId: id, kind: 'panel', startsAt, endsAt: zonedToUtc(`${day}T11:30`, zone), title: T('Panel: stalkerware in practice', 'Panel: lo stalkerware nella pratica', 'Panel: el stalkerware en la práctica', 'Panel: Stalkerware in der Praxis', 'Table ronde : le stalkerware en pratique'), description: '{}', speakerIds: JSON.stringify(ids) })
      .execute();
    await trx
      .insertInto('event_sessions')
      .values({ id: newId(), eventId: id, kind: 'talk', startsAt: zonedToUtc(`${day}T11:30`, zone), endsAt, title: T('Questions from the audience', 'Domande del pubblico', 'Preguntas del público', 'Fragen aus dem Publikum', 'Questions du public'), description: '{}', speakerIds: '[]' })
      .execute();
  });
}
