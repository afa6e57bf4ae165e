import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The event's time in the visitor's own zone, added in the browser (the server cannot know the
 * zone and asks for no location); nothing is shown when the zones are the same or without JavaScript.
 */
export function LocalTime({ startsAt, endsAt, eventZone }: { startsAt: string; endsAt: string; eventZone: string }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const sameOffset = (iso: string) =>
      new Intl.DateTimeFormat('en', { timeZone: zone, hour: 'numeric', minute: 'numeric', day: 'numeric' }).format(new Date(iso)) ===
      new Intl.DateTimeFormat('en', { timeZone: eventZone, hour: 'numeric', minute: 'numeric', day: 'numeric' }).format(new Date(iso));
    if (!zone || zone === eventZone || sameOffset(startsAt)) return;
    const day = new Intl.DateTimeFormat(i18n.language, { weekday: 'long', day: 'numeric', month: 'long', timeZone: zone }).format(new Date(startsAt));
    const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit', timeZone: zone });
    setText(t('events:event.yourTime', { time: `${day}, ${time.format(new Date(startsAt))} – ${time.format(new Date(endsAt))} (${zone})` }));
  }, [startsAt, endsAt, eventZone, t, i18n.language]);
  return text ? <span className="block text-sm text-muted">{text}</span> : null;
}
