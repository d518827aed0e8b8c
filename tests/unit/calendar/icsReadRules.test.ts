import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { expandEvent, seriesDates } from '../../../shared/calendar/recurrence';
import { utcMsToWarsaw } from '../../../shared/calendar/warsaw';
import { writeIcs } from '../../../shared/export/ics';
import { readIcs, type ImportedEvent } from '../../../shared/export/icsRead';
import { event } from './fixtures';

const calendar = (...events: string[][]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Partner//PL', ...events.flat(), 'END:VCALENDAR', ''].join('\r\n');
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', 'DTSTAMP:20260101T000000Z', ...lines, 'END:VEVENT'];

/** The stored event an imported one becomes (as the import dialog stores it). */
const stored = (e: ImportedEvent) =>
  event({
    id: 'imp',
    title: e.title,
    allDay: e.allDay,
    start: e.start,
    end: e.end,
    recurrence: e.recurrence,
    series: e.recurrence ? 1 : 0,
    exceptions: e.exceptions,
  });

/** Start days of every occurrence ical.js (Thunderbird's parser) sees, in Warsaw, up to `to`. */
function icalDays(text: string, to: string): string[] {
  const master = new ICAL.Component(
    ICAL.parse(text) as ConstructorParameters<typeof ICAL.Component>[0],
  ).getFirstSubcomponent('vevent')!;
  const series = new ICAL.Event(master);
  const days: string[] = [];
  const it = series.iterator();
  for (let next = it.next(); next && days.length < 5000; next = it.next()) {
    const day = next.isDate ? next.toString().slice(0, 10) : utcMsToWarsaw(next.toUnixTime() * 1000).slice(0, 10);
    if (day > to) break;
    days.push(day);
  }
  return days;
}

describe('ICS reader: repeat rules', () => {
  const stores = [
    [
      'yearly with BYMONTH/BYMONTHDAY restating the start',
      'DTSTART;VALUE=DATE:19920710',
      'RRULE:FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=10',
    ],
    ['every second year, 5 times', 'DTSTART;VALUE=DATE:20270710', 'RRULE:FREQ=YEARLY;INTERVAL=2;COUNT=5'],
    ['monthly on the 31st (short months skipped)', 'DTSTART;VALUE=DATE:20270131', 'RRULE:FREQ=MONTHLY;COUNT=8'],
    [
      'monthly with BYMONTHDAY=15 on the 15th',
      'DTSTART;VALUE=DATE:20270115',
      'RRULE:FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20271231',
    ],
    [
      'weekly on its own weekday',
      'DTSTART;TZID=Europe/Warsaw:20270322T090000',
      'RRULE:FREQ=WEEKLY;BYDAY=MO;WKST=MO;COUNT=6',
    ],
    [
      'weekly until a UTC time earlier in the day than the start',
      'DTSTART;TZID=Europe/Warsaw:20270322T090000',
      'RRULE:FREQ=WEEKLY;UNTIL=20270412T060000Z',
    ],
    [
      'fortnightly until a date, in UTC but not across a summer-time change',
      'DTSTART:20270104T080000Z',
      'RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20270301T000000Z',
    ],
    ['every day', 'DTSTART;VALUE=DATE:20270701', 'RRULE:FREQ=DAILY;COUNT=10'],
    [
      'every third day until a date',
      'DTSTART;TZID=Europe/Warsaw:20270701T180000',
      'RRULE:FREQ=DAILY;INTERVAL=3;UNTIL=20271231T230000Z',
    ],
    ['Mondays and Wednesdays', 'DTSTART;VALUE=DATE:20270705', 'RRULE:FREQ=WEEKLY;BYDAY=MO,WE'],
    [
      'every other week on Tuesday, Thursday and Sunday (week starting Sunday)',
      'DTSTART;VALUE=DATE:20270706',
      'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH,SU;WKST=SU;COUNT=20',
    ],
    [
      'working days (daily on Monday to Friday)',
      'DTSTART;VALUE=DATE:20270705',
      'RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=30',
    ],
    ['the second Tuesday of the month', 'DTSTART;VALUE=DATE:20270112', 'RRULE:FREQ=MONTHLY;BYDAY=2TU'],
    [
      'the second Saturday of every other month',
      'DTSTART;TZID=Europe/Warsaw:20270109T100000',
      'RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=2SA;COUNT=12',
    ],
    [
      'the last Friday of the month (Outlook: BYSETPOS)',
      'DTSTART;VALUE=DATE:20270129',
      'RRULE:FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1',
    ],
    [
      'the fifth Sunday (months without one skipped)',
      'DTSTART;VALUE=DATE:20270131',
      'RRULE:FREQ=MONTHLY;BYDAY=5SU;COUNT=6',
    ],
    ['the last Sunday of March every year', 'DTSTART;VALUE=DATE:20270328', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'],
    [
      'a rule plus extra dates (RDATE)',
      'DTSTART;VALUE=DATE:20270705',
      'RRULE:FREQ=YEARLY\r\nRDATE;VALUE=DATE:20270901,20281001',
    ],
    [
      'every day with removed dates',
      'DTSTART;VALUE=DATE:20270701',
      'RRULE:FREQ=DAILY;COUNT=10\r\nEXDATE;VALUE=DATE:20270703,20270706',
    ],
    [
      'Mondays and Wednesdays with a removed date',
      'DTSTART;TZID=Europe/Warsaw:20270705T170000',
      'RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=8\r\nEXDATE;TZID=Europe/Warsaw:20270707T170000',
    ],
    [
      'the 2nd Saturday with a removed date',
      'DTSTART;VALUE=DATE:20270109',
      'RRULE:FREQ=MONTHLY;BYDAY=2SA;COUNT=6\r\nEXDATE;VALUE=DATE:20270313',
    ],
    [
      'yearly with a removed year',
      'DTSTART;VALUE=DATE:20270710',
      'RRULE:FREQ=YEARLY;COUNT=5\r\nEXDATE;VALUE=DATE:20290710',
    ],
  ];
  it.each(stores)('stores %s exactly: the same dates as ical.js', (_, start, rule) => {
    const text = calendar(vevent('UID:r1', 'SUMMARY:Seria', start, rule));
    const [read] = readIcs(text);
    expect(read!.notes).toEqual([]);
    expect(read!.recurrence).toBeDefined();
    expect(seriesDates(stored(read!), '2040-12-31')).toEqual(icalDays(text, '2040-12-31'));
    // Removed dates disappear from the calendar; they are not shown as cancelled.
    const shown = expandEvent(stored(read!), '1900-01-01', '2040-12-31', { includeCancelled: true });
    expect(shown.map((o) => o.key)).toEqual(icalDays(text, '2040-12-31'));
  });

  it.each([
    ['extra dates without a rule', 'RDATE;VALUE=DATE:20270801,20270905', ['2027-07-05', '2027-08-01', '2027-09-05']],
    [
      'extra dates, one removed',
      'RDATE;VALUE=DATE:20270801,20270905\r\nEXDATE;VALUE=DATE:20270801',
      ['2027-07-05', '2027-09-05'],
    ],
  ])(
    'stores %s with the first date too (RFC 5545; ical.js leaves DTSTART out of an RDATE-only set)',
    (_, lines, dates) => {
      const text = calendar(vevent('UID:rd', 'SUMMARY:Dni otwarte', 'DTSTART;VALUE=DATE:20270705', lines));
      const [read] = readIcs(text);
      expect(read!.notes).toEqual([]);
      expect(seriesDates(stored(read!), '2040-12-31')).toEqual(dates);
      expect(icalDays(text, '2040-12-31')).toEqual(dates.slice(1));
    },
  );

  it('stores a weekly series of a German partner (Europe/Berlin, same summer time) at the same Warsaw hour across the change', () => {
    const berlin = [
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Berlin',
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'TZNAME:CEST',
      'DTSTART:19700329T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'TZNAME:CET',
      'DTSTART:19701025T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
    ];
    const [read] = readIcs(
      calendar(
        berlin,
        vevent(
          'UID:b1',
          'SUMMARY:Sprechstunde',
          'DTSTART;TZID=Europe/Berlin:20270315T170000',
          'DTEND;TZID=Europe/Berlin:20270315T180000',
          'RRULE:FREQ=WEEKLY;COUNT=4',
        ),
      ),
    );
    expect(read).toMatchObject({
      start: '2027-03-15T17:00',
      end: '2027-03-15T18:00',
      recurrence: { freq: 'weekly', interval: 1, count: 4 },
      notes: [],
    });
  });

  it('ends a timed weekly series the day before a UNTIL that falls before its start time', () => {
    const [read] = readIcs(
      calendar(
        vevent('UID:r2', 'DTSTART;TZID=Europe/Warsaw:20270322T090000', 'RRULE:FREQ=WEEKLY;UNTIL=20270412T060000Z'),
      ),
    );
    expect(read!.recurrence).toEqual({ freq: 'weekly', interval: 1, until: '2027-04-11' });
  });

  const cannot = [
    ['weekly on another weekday than the start', 'DTSTART;VALUE=DATE:20270705', 'RRULE:FREQ=WEEKLY;BYDAY=TU'],
    [
      'the last working day of the month',
      'DTSTART;VALUE=DATE:20270129',
      'RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    ],
    ['the 1st and 15th', 'DTSTART;VALUE=DATE:20270101', 'RRULE:FREQ=MONTHLY;BYMONTHDAY=1,15'],
    ['monthly only in summer', 'DTSTART;VALUE=DATE:20270610', 'RRULE:FREQ=MONTHLY;BYMONTH=6,7,8'],
    ['every hour', 'DTSTART:20270705T080000Z', 'RRULE:FREQ=HOURLY;COUNT=3'],
    ['every 120 years', 'DTSTART;VALUE=DATE:20270705', 'RRULE:FREQ=YEARLY;INTERVAL=120'],
    ['extra dates at another time of day', 'DTSTART:20270705T080000Z', 'RDATE:20270706T120000Z'],
    [
      'a weekly UTC time across the summer-time change (drifts an hour in Warsaw)',
      'DTSTART:20270301T090000Z',
      'RRULE:FREQ=WEEKLY;COUNT=8',
    ],
    ['a monthly UTC start on another Warsaw day', 'DTSTART:20270131T233000Z', 'RRULE:FREQ=MONTHLY;COUNT=3'],
  ];
  it.each(cannot)(
    'does not simplify %s: a note, and its dates offered as single events like ical.js',
    (_, start, rule) => {
      const text = calendar(vevent('UID:r3', 'SUMMARY:Seria', start, rule));
      const [read] = readIcs(text, { today: '2026-12-06' });
      expect(read!.recurrence).toBeUndefined();
      expect(read!.exceptions).toEqual([]);
      expect(read!.notes).toEqual([{ code: 'ruleNotStored' }]);
      const days = icalDays(text, '2028-12-05').slice(0, 500);
      expect(read!.singles!.items.map((s) => s.start.slice(0, 10))).toEqual(days);
    },
  );
});

describe('ICS reader: changed and cancelled occurrences', () => {
  const series = [
    'UID:dyzur@partner.de',
    'SUMMARY:Dyżur',
    'DTSTART;TZID=Europe/Warsaw:20270322T090000',
    'DTEND;TZID=Europe/Warsaw:20270322T100000',
    'RRULE:FREQ=WEEKLY;COUNT=6',
    'EXDATE;TZID=Europe/Warsaw:20270329T090000',
  ];
  const moved = [
    'UID:dyzur@partner.de',
    'RECURRENCE-ID;TZID=Europe/Warsaw:20270405T090000',
    'SUMMARY:Dyżur (wtorek)',
    'DTSTART;TZID=Europe/Warsaw:20270406T140000',
    'DTEND;TZID=Europe/Warsaw:20270406T150000',
  ];
  const retitled = [
    'UID:dyzur@partner.de',
    'RECURRENCE-ID:20270412T070000Z',
    'SUMMARY:Dyżur z burmistrzem',
    'DTSTART;TZID=Europe/Warsaw:20270412T090000',
    'DTEND;TZID=Europe/Warsaw:20270412T100000',
  ];
  const cancelled = [
    'UID:dyzur@partner.de',
    'RECURRENCE-ID;TZID=Europe/Warsaw:20270419T090000',
    'STATUS:CANCELLED',
    'SUMMARY:Dyżur',
    'DTSTART;TZID=Europe/Warsaw:20270419T090000',
    'DTEND;TZID=Europe/Warsaw:20270419T100000',
  ];

  it('maps EXDATE (a removed date), a moved, a retitled and a cancelled occurrence onto the series, wherever the overrides stand in the file', () => {
    const events = readIcs(calendar(vevent(...moved), vevent(...series), vevent(...retitled), vevent(...cancelled)));
    expect(events).toHaveLength(1);
    const [read] = events;
    expect(read!.recurrence).toEqual({ freq: 'weekly', interval: 1, count: 6, removedDates: ['2027-03-29'] });
    expect(read!.exceptions).toEqual(
      expect.arrayContaining([
        { date: '2027-04-05', start: '2027-04-06T14:00', end: '2027-04-06T15:00', title: 'Dyżur (wtorek)' },
        { date: '2027-04-12', title: 'Dyżur z burmistrzem' },
        { date: '2027-04-19', cancelled: true },
      ]),
    );
    expect(read!.exceptions).toHaveLength(3);
    const shown = expandEvent(stored(read!), '2027-03-01', '2027-05-31').map((o) => `${o.start} ${o.title}`);
    expect(shown).toEqual([
      '2027-03-22T09:00 Dyżur',
      '2027-04-06T14:00 Dyżur (wtorek)',
      '2027-04-12T09:00 Dyżur z burmistrzem',
      '2027-04-26T09:00 Dyżur',
    ]);
  });

  it('reads a changed occurrence whose series is not in the file as a single event with a note; a cancelled one is left out', () => {
    const events = readIcs(calendar(vevent(...moved), vevent(...cancelled)));
    expect(events).toEqual([
      expect.objectContaining({
        title: 'Dyżur (wtorek)',
        start: '2027-04-06T14:00',
        recurrence: undefined,
        notes: [{ code: 'detachedOccurrence' }],
      }),
    ]);
  });

  it('reads back the exceptions the app writes, so an export round-trips', () => {
    const weekly = event({
      id: 'w',
      title: 'Dyżur',
      allDay: false,
      start: '2027-03-22T09:00',
      end: '2027-03-22T10:00',
      series: 1,
      recurrence: { freq: 'weekly', interval: 1, until: '2027-04-19' },
      exceptions: [
        { date: '2027-03-29', cancelled: true },
        { date: '2027-04-05', start: '2027-04-06T14:00', end: '2027-04-06T15:00', title: 'Dyżur (wtorek)' },
      ],
    });
    const [read] = readIcs(writeIcs([weekly], { now: new Date('2026-01-01T00:00:00Z') }));
    expect(read).toMatchObject({ uid: 'w@twinning-desk', recurrence: weekly.recurrence, notes: [] });
    expect(read!.exceptions).toEqual(expect.arrayContaining(weekly.exceptions));
    expect(read!.exceptions).toHaveLength(2);
  });

  it('reads STATUS for the event and for a changed occurrence', () => {
    const events = readIcs(
      calendar(
        vevent('UID:s1', 'SUMMARY:Koncert', 'STATUS:CANCELLED', 'DTSTART;VALUE=DATE:20270705'),
        vevent('UID:s2', 'SUMMARY:Targi', 'STATUS:TENTATIVE', 'DTSTART;VALUE=DATE:20270801', 'RRULE:FREQ=YEARLY'),
        vevent(
          'UID:s2',
          'RECURRENCE-ID;VALUE=DATE:20280801',
          'SUMMARY:Targi',
          'STATUS:CONFIRMED',
          'DTSTART;VALUE=DATE:20280801',
        ),
      ),
    );
    expect(events.map((e) => e.status)).toEqual(['cancelled', 'planned']);
    expect(events[1]!.exceptions).toEqual([{ date: '2028-08-01', status: 'confirmed' }]);
  });

  it('keeps the file UID and leaves it out when the event has none', () => {
    const events = readIcs(
      calendar(
        vevent('UID:abc@partner.fr', 'DTSTART;VALUE=DATE:20270705'),
        vevent('SUMMARY:Bez UID', 'DTSTART;VALUE=DATE:20270706'),
      ),
    );
    expect(events.map((e) => e.uid)).toEqual(['abc@partner.fr', undefined]);
  });
});
