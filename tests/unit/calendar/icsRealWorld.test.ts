import { describe, expect, it } from 'vitest';
import { previewIcs, type IcsPreview } from '../../../shared/export/icsPreview';
import { writeIcs } from '../../../shared/export/ics';
import { readIcs } from '../../../shared/export/icsRead';
import { toInputs } from '../../../renderer/features/calendar/icsImport';
import {
  appleExport,
  crlf,
  oddBerlinDefinition,
  outlookExport,
  thunderbirdExport,
  windows1250Export,
  latin2Export,
} from '../../fixtures/ics/partnerFiles';
import { event } from './fixtures';

function preview(input: string | Uint8Array): IcsPreview {
  const result = previewIcs(input, { today: '2026-12-06' });
  if (!result.ok) throw new Error(`refused: ${result.code}`);
  return result.preview;
}
const byTitle = (p: IcsPreview, title: string) => p.events.find((e) => e.title === title)!;

describe('ICS files from real clients', () => {
  const outlook = preview(outlookExport());

  it('places Windows zone names, display names and old Mozilla TZIDs by their IANA zone, in Warsaw time', () => {
    expect(byTitle(outlook, 'Posiedzenie komisji partnerskiej')).toMatchObject({
      start: '2027-03-10T10:00',
      end: '2027-03-10T11:30',
    });
    expect(byTitle(outlook, 'Call with Ohio partners').start).toBe('2027-03-10T15:00');
    expect(byTitle(outlook, 'Reunião de geminação').start).toBe('2027-03-11T18:00');
    expect(byTitle(outlook, 'Réunion à Duclair').start).toBe('2027-03-12T15:00');
    expect(preview(thunderbirdExport()).events[0]!.start).toBe('2027-05-09T12:00');
    const apple = preview(appleExport());
    expect(apple.events.map((e) => e.start)).toEqual(['2027-06-05T10:00', '2027-11-05T13:00']);
    expect(apple.zones).toEqual([
      { tzid: 'Europe/Stockholm', source: 'iana', zone: 'Europe/Stockholm' },
      { tzid: 'America/New_York', source: 'iana', zone: 'America/New_York' },
    ]);
  });

  it('names every zone it placed by name, and the one it could not resolve with the zone it assumed', () => {
    expect(outlook.zones).toEqual(
      expect.arrayContaining([
        { tzid: 'W. Europe Standard Time', source: 'windows', zone: 'Europe/Berlin' },
        { tzid: 'Eastern Standard Time', source: 'windows', zone: 'America/New_York' },
        { tzid: '(UTC-03:00) Brasília', source: 'offset', zone: 'UTC−03:00' },
        { tzid: 'Customized Time Zone 1', source: 'assumed', zone: 'Europe/Warsaw' },
        { tzid: 'Romance Standard Time', source: 'windows', zone: 'Europe/Paris' },
      ]),
    );
    expect(byTitle(outlook, 'Spotkanie online').start).toBe('2027-03-12T09:00');
  });

  it('reports an empty VTIMEZONE, an unreadable event and an impossible date, and imports the rest', () => {
    expect(outlook.problems).toEqual([
      { code: 'badTimezone', tzid: 'Romance Standard Time' },
      { code: 'badEvent', reason: 'unreadable', index: 6, uid: 'broken-1@exchange', title: 'Zepsute' },
      {
        code: 'badEvent',
        reason: 'impossibleDate',
        index: 7,
        uid: 'impossible-1@exchange',
        title: 'Dzień, którego nie ma',
        value: '2027-02-30',
      },
    ]);
    expect(outlook.events).toHaveLength(7);
  });

  it('reports an all-day end before its start and a description over the limit instead of dropping or cutting them silently', () => {
    expect(byTitle(outlook, 'Targi (koniec przed początkiem)')).toMatchObject({
      start: '2027-03-20',
      end: '2027-03-20',
      notes: [{ code: 'endBeforeStart', value: '2027-03-18' }],
    });
    const long = byTitle(outlook, 'Sprawozdanie');
    expect(long.description).toHaveLength(20_000);
    expect(long.notes).toEqual([{ code: 'shortened', field: 'description', limit: 20_000 }]);
  });

  it('refuses a month 13 and a 30 February on any date property, naming the value', () => {
    const file = (line: string) =>
      crlf([
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'BEGIN:VEVENT',
        'UID:a',
        'SUMMARY:A',
        line,
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:b',
        'SUMMARY:B',
        'DTSTART;VALUE=DATE:20270101',
        'END:VEVENT',
        'END:VCALENDAR',
      ]);
    for (const [line, value] of [
      ['DTSTART;VALUE=DATE:20271301', '2027-13-01'],
      ['DTSTART:20270230T100000Z', '2027-02-30 10:00'],
      ['DTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270431', '2027-04-31'],
    ]) {
      const p = preview(file(line!));
      expect(p.events.map((e) => e.title)).toEqual(['B']);
      expect(p.problems).toEqual([expect.objectContaining({ reason: 'impossibleDate', value, uid: 'a' })]);
    }
  });

  it('never lets one file’s zone definitions move the next file’s times', () => {
    expect(preview(oddBerlinDefinition()).events[0]!.start).toBe('2027-05-09T09:00');
    expect(preview(thunderbirdExport()).events[0]!.start).toBe('2027-05-09T12:00');
    const undefinedBerlin = crlf([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:x',
      'DTSTART;TZID=Europe/Berlin:20270509T120000',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    expect(preview(undefinedBerlin).events[0]!.start).toBe('2027-05-09T12:00');
  });

  it('reads a Windows-1250 file as such and says so; refuses bytes it cannot decode', () => {
    const p = preview(windows1250Export());
    expect(p.encoding).toBe('windows-1250');
    expect(p.events[0]).toMatchObject({
      title: 'Wizyta delegacji z Łodzi',
      location: 'Urząd Gminy Swarzędz',
      description: 'Zażółć gęślą jaźń',
    });
    expect(JSON.stringify(p.events)).not.toContain('\uFFFD');
    const utf16WithoutBom = new Uint8Array([...new TextEncoder().encode('BEGIN:VCALENDAR')].flatMap((b) => [b, 0]));
    expect(previewIcs(utf16WithoutBom)).toEqual({ ok: false, code: 'encoding' });
  });

  it('tells ISO-8859-2 from Windows-1250 by the Polish letters each reading gives', () => {
    // ś, Ś and ź are bytes Windows-1250 reads as other letters (¶, ¦, Ľ): ISO-8859-2 gives more Polish letters.
    const p = preview(latin2Export());
    expect(p.encoding).toBe('iso-8859-2');
    expect(p.events[0]).toMatchObject({
      title: 'Święto miasta Śrem',
      location: 'Rynek w Śremie',
      description: 'Gość z Łańcuta; źródło: ośrodek kultury',
    });
  });

  it('reports a file cut short and keeps its complete events', () => {
    const whole = outlookExport();
    const cut = whole.slice(0, whole.indexOf('SUMMARY:Call with Ohio'));
    const p = preview(cut);
    expect(p.problems[0]).toEqual({ code: 'truncated' });
    expect(p.events.map((e) => e.title)).toEqual(['Posiedzenie komisji partnerskiej']);
    expect(p.problems).toContainEqual(expect.objectContaining({ code: 'badEvent', reason: 'unreadable', index: 2 }));
  });
});

describe('ICS round trip within the app', () => {
  it('keeps venue, town and country apart, the description as typed, and the partner towns', () => {
    const camp = event({
      id: 'camp',
      place: { venue: 'Hala sportowa, ul. Kórnicka 1', town: 'Swarzędz', country: 'PL' },
      partnerIds: ['p-ronnenberg', 'p-duclair'],
      description: 'Program obozu',
    });
    const names: Record<string, string> = { 'p-ronnenberg': 'Ronnenberg', 'p-duclair': 'Duclair' };
    const text = writeIcs([camp], {
      now: new Date('2026-12-01T00:00:00Z'),
      notesOf: () => 'Gminy partnerskie: Ronnenberg, Duclair',
      partnersOf: (e) => e.partnerIds.map((id) => ({ id, name: names[id]! })),
    });
    expect(text).toContain('LOCATION:Hala sportowa\\, ul. Kórnicka 1\\, Swarzędz\\, PL');
    const [read] = readIcs(text);
    expect(read!.place).toEqual({ venue: 'Hala sportowa, ul. Kórnicka 1', town: 'Swarzędz', country: 'PL' });
    expect(read!.description).toBe('Program obozu');
    const partners = [
      { id: 'p-duclair', name: 'Duclair' },
      { id: 'other-desk-id', name: 'Ronnenberg' },
    ];
    const [input] = toInputs(read!, { kind: 'youthCamp', partnerIds: [], asSingles: false }, partners, '');
    expect([...(input!.partnerIds ?? [])].sort()).toEqual(['other-desk-id', 'p-duclair']);
    expect(input!.place).toEqual(camp.place);
  });

  it('writes the stored rule parts so ical.js sees the same series, and reads them back unchanged', () => {
    const rules = [
      { freq: 'weekly', interval: 2, weekdays: ['TU', 'TH', 'SU'], weekStart: 'SU', count: 12 },
      {
        freq: 'monthly',
        interval: 1,
        nthWeekday: { n: 2, weekday: 'SA' },
        until: '2028-06-30',
        removedDates: ['2027-03-13'],
      },
      { freq: 'yearly', interval: 1, nthWeekday: { n: -1, weekday: 'SU' } },
      { freq: 'daily', interval: 3, count: 9, extraDates: ['2027-02-01'] },
    ] as const;
    for (const recurrence of rules) {
      const start =
        recurrence.freq === 'yearly' ? '2027-03-28' : recurrence.freq === 'weekly' ? '2027-01-05' : '2027-01-09';
      const series = event({
        id: 's',
        allDay: true,
        start,
        end: start,
        series: 1,
        recurrence: structuredClone(recurrence) as never,
      });
      const [read] = readIcs(writeIcs([series], { now: new Date('2026-12-01T00:00:00Z') }));
      expect(read!.notes).toEqual([]);
      expect(read!.recurrence).toEqual(recurrence);
    }
  });
});
