import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';

export interface CalendarEntry {
  /** Stable across updates, so calendars replace the entry instead of adding a second one. */
  uid: string;
  /** Raised with every change the registrant is told about. */
  sequence: number;
  startsAt: string;
  endsAt: string;
  timezone: string;
  title: string;
  description: string;
  /** The registrant's personal page (the join link is revealed there, never in the file). */
  url: string;
  location: string | null;
  cancelled?: boolean;
  stamp: string;
  productName: string;
}

/**
 * The calendar file sent with a confirmation: times in the event's own time zone with its
 * VTIMEZONE definition (so every calendar shows them right), the personal page as URL and in the
 * description. The join URL is deliberately not in it: files get forwarded.
 */
export function calendarFile(entry: CalendarEntry): string {
  const zone = entry.timezone;
  const cal = ical({
    prodId: { company: entry.productName, product: 'events', language: 'EN' },
    method: entry.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone (DTSTAMP stays UTC); the event's zone brings its VTIMEZONE block.
    timezone: { name: null, generator: (tz: string) => tzlib_get_ical_block(tz)[0] ?? null },
  });
  cal.createEvent({
    id: entry.uid,
    sequence: entry.sequence,
    stamp: new Date(entry.stamp),
    start: DateTime.fromISO(entry.startsAt, { zone }),
    end: DateTime.fromISO(entry.endsAt, { zone }),
    timezone: zone,
    summary: entry.title,
    description: `${entry.description}\n\n${entry.url}`,
    url: entry.url,
    location: entry.location ?? null,
    status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return cal.toString();
}
