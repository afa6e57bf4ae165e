import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile } from './ics.ts';

describe('the calendar file', () => {
  it('parses with the event’s time zone, times, personal page and no join link', () => {
    const text = calendarFile({
      uid: 'reg-1@destalk',
      sequence: 2,
      startsAt: '2026-12-03T09:00:00.000Z',
      endsAt: '2026-12-03T11:30:00.000Z',
      timezone: 'Europe/Rome',
      title: 'Stalkerware: what services need to know',
      description: 'Online panel',
      url: 'https://destalk.example/events/r/abc',
      location: null,
      stamp: '2026-11-28T10:00:00.000Z',
      productName: 'DeStalk',
    });
    const component = new ICAL.Component(ICAL.parse(text));
    const vevent = component.getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe('reg-1@destalk');
    expect(event.sequence).toBe(2);
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Rome');
    expect(vevent.getFirstProperty('dtend')!.getParameter('tzid')).toBe('Europe/Rome');
    expect(event.startDate.toString()).toBe('2026-12-03T10:00:00');
    expect(event.endDate.toString()).toBe('2026-12-03T12:30:00');
    expect(component.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Europe/Rome');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://destalk.example/events/r/abc');
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-28T10:00:00Z');
    expect(event.summary).toBe('Stalkerware: what services need to know');
  });
});
