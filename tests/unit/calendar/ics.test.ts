import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeIcs } from '../../../shared/export/ics';
import { IcsReadError, readIcs } from '../../../shared/export/icsRead';
import { event } from './fixtures';

const now = new Date('2026-11-26T10:00:00Z');
const camp = event({
  id: 'camp',
  title: 'Obóz Swarzędz–Ronnenberg–Duclair; sport, kultura i żółć',
  start: '1992-07-10',
  end: '1992-07-20',
  series: 1,
  recurrence: { freq: 'yearly', interval: 1 },
  exceptions: [{ date: '2026-07-10', cancelled: true }],
  place: { venue: 'Ośrodek „Łączy nas sport”, hala 2', town: 'Swarzędz', country: 'PL' },
  description:
    'Zgłoszenia do 30 maja; zabrać: śpiwór, latarkę.\nDruga linia z ąęśćźżółń — długi tekst, który na pewno przekroczy siedemdziesiąt pięć oktetów w jednej linii.',
});
const meeting = event({
  id: 'meet',
  title: 'Spotkanie koordynatorów',
  kind: 'conference',
  allDay: false,
  start: '2027-03-26T09:00',
  end: '2027-03-29T10:30',
  status: 'confirmed',
});

function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text) as ConstructorParameters<typeof ICAL.Component>[0]);
}

describe('ICS writer', () => {
  const text = writeIcs([camp, meeting], { now, categoryOf: (e) => e.kind, countryName: () => 'Polska' });

  it('uses CRLF and folds every line at 75 octets without splitting a UTF-8 letter', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
    const folded = foldLine(`SUMMARY:${'ż'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'ż'.repeat(60)}`);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
  });

  it('escapes commas, semicolons, backslashes and line breaks', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('is read back by ical.js with the same events, Polish letters and punctuation intact', () => {
    const vevents = parse(text)
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c));
    expect(vevents.map((e) => e.summary)).toEqual([camp.title, meeting.title]);
    const [c, m] = vevents as [ICAL.Event, ICAL.Event];
    expect(c.description).toBe(camp.description);
    expect(c.location).toBe('Ośrodek „Łączy nas sport”, hala 2, Swarzędz, Polska');
    expect(c.startDate.isDate).toBe(true);
    expect(c.startDate.toString()).toBe('1992-07-10');
    expect(c.endDate.toString()).toBe('1992-07-21'); // exclusive end of an all-day event
    expect(c.isRecurring()).toBe(true);
    const it = c.iterator();
    const starts: string[] = [];
    for (let next = it.next(); next && next.year <= 1995; next = it.next()) starts.push(next.toString());
    expect(starts).toEqual(['1992-07-10', '1993-07-10', '1994-07-10', '1995-07-10']);
    expect(text).toContain('EXDATE;VALUE=DATE:20260710');
    expect(m.startDate.toString()).toBe('2027-03-26T09:00:00');
    expect(m.startDate.zone?.tzid).toBe('Europe/Warsaw');
    expect(text).toContain('BEGIN:VTIMEZONE');
  });

  it('round-trips through the importer to the same stored dates and series', () => {
    const back = readIcs(text);
    expect(back).toHaveLength(2);
    expect(back[0]).toMatchObject({
      title: camp.title,
      allDay: true,
      start: '1992-07-10',
      end: '1992-07-20',
      kind: 'youthCamp',
      recurrence: { freq: 'yearly', interval: 1 },
      exceptions: [{ date: '2026-07-10', cancelled: true }],
      description: camp.description,
    });
    // across the DST change (28 March) the wall-clock times stay the same
    expect(back[1]).toMatchObject({
      allDay: false,
      start: '2027-03-26T09:00',
      end: '2027-03-29T10:30',
      kind: 'conference',
    });
  });
});

describe('ICS writer for a changed series', () => {
  it('writes UNTIL, EXDATE and a RECURRENCE-ID override that ical.js applies to the series', () => {
    const weekly = event({
      id: 'w',
      title: 'Dyżur',
      allDay: false,
      start: '2027-03-22T09:00',
      end: '2027-03-22T10:00',
      series: 1,
      recurrence: { freq: 'weekly', interval: 1, until: '2027-04-12' },
      exceptions: [
        { date: '2027-03-29', cancelled: true },
        { date: '2027-04-05', start: '2027-04-06T14:00', end: '2027-04-06T15:00', title: 'Dyżur (wtorek)' },
      ],
    });
    const text = writeIcs([weekly], { now });
    expect(text).toContain('EXDATE;TZID=Europe/Warsaw:20270329T090000');
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/Warsaw:20270405T090000');
    const root = parse(text);
    const [master, override] = root.getAllSubcomponents('vevent');
    const series = new ICAL.Event(master!);
    series.relateException(new ICAL.Event(override!));
    const it = series.iterator();
    const seen: string[] = [];
    for (let next = it.next(); next; next = it.next()) {
      const details = series.getOccurrenceDetails(next);
      seen.push(`${details.startDate.toString().slice(0, 16)} ${details.item.summary}`);
    }
    expect(seen).toEqual(['2027-03-22T09:00 Dyżur', '2027-04-06T14:00 Dyżur (wtorek)', '2027-04-12T09:00 Dyżur']);
  });
});

describe('ICS reader', () => {
  it('converts UTC times to Warsaw wall clock', () => {
    const ics =
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Rat\r\nDTSTART:20270705T080000Z\r\nDTEND:20270705T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    expect(readIcs(ics)[0]).toMatchObject({ start: '2027-07-05T10:00', end: '2027-07-05T12:00', allDay: false });
  });

  it.each([
    ['plain text', 'to nie jest kalendarz'],
    ['a truncated calendar', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:X\r\nDTSTART:2027'],
    ['a vCard', 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jan\r\nEND:VCARD\r\n'],
  ])('refuses %s as malformed', (_, content) => {
    expect(() => readIcs(content)).toThrow(IcsReadError);
    try {
      readIcs(content);
    } catch (error) {
      expect((error as IcsReadError).code).toBe('malformed');
    }
  });

  it('refuses a calendar without events as empty', () => {
    expect(() => readIcs('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n')).toThrow(
      expect.objectContaining({ code: 'empty' }),
    );
  });
});
