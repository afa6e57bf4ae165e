/**
 * Wall-clock times in an IANA time zone ↔ UTC instants, with Intl only (no time-zone library).
 * Organisers plan "10:00 in Rome"; we store UTC and show each visitor both the event's time and
 * their own.
 */
function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** `2026-12-03T10:00` in `Europe/Rome` → `2026-12-03T09:00:00.000Z`. In a DST gap, the later valid time. */
export function zonedToUtc(local: string, timeZone: string): string {
  const [date, time] = local.split('T');
  const [y, m, d] = date!.split('-').map(Number);
  const [hh, mm] = time!.split(':').map(Number);
  const wall = Date.UTC(y!, m! - 1, d!, hh!, mm!);
  let instant = wall - offsetMs(wall, timeZone);
  instant = wall - offsetMs(instant, timeZone);
  return new Date(instant).toISOString();
}

/** `2026-12-03T09:00:00.000Z` in `Europe/Rome` → `2026-12-03T10:00` (for form fields). */
export function utcToZonedLocal(iso: string, timeZone: string): string {
  const instant = new Date(iso).getTime();
  return new Date(instant + offsetMs(instant, timeZone)).toISOString().slice(0, 16);
}
