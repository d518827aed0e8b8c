// Each VEVENT parsed on its own: ical.js sees in it exactly what it sees in the whole file (folded lines, CRLF or
// LF, alarms inside events, time zones after the events), and the preview reads the same events either way.
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventBlocks, parseEvent, parseRest, unfoldedLines, type LineMode } from '../../../shared/export/icsParse';
import { previewIcs, streamIcsPreview, type IcsPreviewPart } from '../../../shared/export/icsPreview';
import { textSlices } from '../../../shared/export/icsText';
import { readIcsFile } from '../../../shared/export/icsRead';
import { googleExport } from '../../fixtures/ics/googleExport';
import { cp1250, outlookExport, windows1250Export } from '../../fixtures/ics/partnerFiles';
import { hostileIcs } from '../hostile/generators';

const WARSAW = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Warsaw',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const event = fc.record({
  start: fc.constantFrom(
    'DTSTART;TZID=Europe/Warsaw:20270512T100000',
    'DTSTART:20270512T080000Z',
    'DTSTART;VALUE=DATE:20270512',
  ),
  rule: fc.constantFrom('', 'RRULE:FREQ=WEEKLY;COUNT=5', 'RRULE:FREQ=MONTHLY;BYDAY=2SA;COUNT=3'),
  title: fc.constantFrom(
    'Obóz młodzieżowy w Swarzędzu',
    'Zjazd Europy — Tymbark',
    'Réunion à Duclair',
    'x'.repeat(120),
  ),
  description: fc.string({ maxLength: 200 }).map((s) => s.replace(/[\r\n\\,;]/g, ' ')),
  alarm: fc.boolean(),
});

/**
 * A calendar of `events`, its VTIMEZONE before, between or after them, lines ended as given and folded every
 * `width` characters (from `minWidth`: 8 folds BEGIN:VEVENT itself).
 */
const calendarOf = (minWidth: number) =>
  fc
    .record({
      events: fc.array(event, { minLength: 1, maxLength: 8 }),
      zoneAt: fc.nat(),
      end: fc.constantFrom('\r\n', '\n'),
      width: fc.integer({ min: minWidth, max: 75 }),
    })
    .map(({ events, zoneAt, end, width }) => {
      const blocks = events.map((e, i) => [
        'BEGIN:VEVENT',
        `UID:${i}@gmina.example`,
        e.start,
        ...(e.rule ? [e.rule] : []),
        `SUMMARY:${e.title}`,
        `DESCRIPTION:${e.description}`,
        ...(e.alarm
          ? ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:Przypomnienie', 'TRIGGER:-PT30M', 'END:VALARM']
          : []),
        'END:VEVENT',
      ]);
      blocks.splice(zoneAt % (blocks.length + 1), 0, WARSAW);
      const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Gmina//PL', ...blocks.flat(), 'END:VCALENDAR'];
      const fold = (line: string) => {
        const parts: string[] = [];
        for (let i = 0; i < line.length; i += width) parts.push((i ? ' ' : '') + line.slice(i, i + width));
        return parts.join(end);
      };
      return lines.map(fold).join(end) + end;
    });
const calendar = calendarOf(8);

type JCal = [string, unknown[], JCal[]];

/** The unfolded lines as RFC 5545 reads them, from the whole text at once: the reference the sliced reading must equal. */
function linesOfWhole(text: string, mode: LineMode): string[] {
  const lines: string[] = [];
  let line: string | undefined;
  let foldable = false;
  let start = 0;
  const take = (physical: string) => {
    if (line !== undefined && foldable && (physical[0] === ' ' || physical[0] === '\t')) line += physical.slice(1);
    else {
      if (line !== undefined) lines.push(line);
      line = physical;
    }
  };
  for (const m of text.matchAll(mode === 'strict' ? /\r?\n/g : /\r\n|\n|\r/g)) {
    take(text.slice(start, m.index));
    foldable = m[0] !== '\r';
    start = m.index + m[0].length;
  }
  take(text.slice(start));
  return [...lines, line!];
}

describe('ICS lines read as the text is decoded', () => {
  const pieces = fc.constantFrom('A', 'ż', ' ', '\t', '\r', '\n', '\r\n', ':', 'BEGIN:VEVENT');
  it.each<LineMode>(['strict', 'loose'])('gives the lines of the whole text however it is cut (%s)', (mode) => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.integer({ min: 1, max: 9 }), (parts, size) => {
        const text = parts.join('');
        expect([...unfoldedLines(textSlices(text, size)(), mode)]).toEqual(linesOfWhole(text, mode));
      }),
      { numRuns: 1000, seed: 5 },
    );
  });

  it.each<LineMode>(['strict', 'loose'])('keeps a line longer than a slice whole, a break at any cut (%s)', (mode) => {
    // Lines of 40,000 characters are set aside in pieces while they are read; the text is cut just before, inside or
    // after the break that ends the first long line, alone or with a cut every 1,000 characters.
    const long = 'x'.repeat(40_000);
    const cut = function* (text: string, extra: number, grid: boolean) {
      const every = grid ? Array.from({ length: 90 }, (_, i) => i * 1000) : [0];
      const cuts = [...new Set([...every, extra])].sort((a, b) => a - b);
      for (const [i, at] of cuts.entries()) yield text.slice(at, cuts[i + 1] ?? text.length);
    };
    for (const ending of ['\r\n', '\n', '\r', '\r\n ', '\n\t', '']) {
      const text = `A:1\r\nDESCRIPTION:${long}${ending}y${long}\r\nB:2`;
      const breakAt = text.indexOf(long) + long.length;
      for (const extra of [breakAt - 1, breakAt, breakAt + 1, breakAt + 2])
        for (const grid of [false, true])
          expect([...unfoldedLines(cut(text, extra, grid), mode)]).toEqual(linesOfWhole(text, mode));
    }
  });
});

describe('ICS files split into their events', () => {
  it.each<LineMode>(['strict', 'loose'])(
    'gives ical.js (%s lines) each VEVENT and the rest exactly as it reads them in the whole file',
    (mode) => {
      fc.assert(
        fc.property(calendar, (text) => {
          const whole = ICAL.parse(text) as JCal;
          // Cut into slices of 7 characters: every break, fold and CRLF falls between two slices somewhere.
          const rest: string[] = [];
          const blocks = [...eventBlocks(unfoldedLines(textSlices(text, 7)(), mode), rest)];
          const root = parseRest(rest, mode);
          expect(root.jCal).toEqual([whole[0], whole[1], whole[2].filter((c) => c[0] !== 'vevent')]);
          const events = blocks.map((b) => parseEvent(b, root)!.map((c) => c.jCal));
          expect(events.flat()).toEqual(whole[2].filter((c) => c[0] === 'vevent'));
          expect(blocks.map((b) => b.index)).toEqual(events.map((_, i) => i + 1));
        }),
        { numRuns: 150, seed: 17 },
      );
    },
  );

  it('reads the same preview whatever the line ends, the folding and where the VTIMEZONE is written', () => {
    // END:VCALENDAR folded would read as a file cut short: folding starts past it.
    fc.assert(
      fc.property(calendarOf(14), (text) => {
        const unfolded = text.replace(/\r?\n[ \t]/g, '');
        const moved = unfolded.replace(/BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE\r?\n/, '');
        const zone = `${WARSAW.join('\r\n')}\r\n`;
        const after = moved.replace(/END:VCALENDAR/, `${zone}END:VCALENDAR`);
        const read = readIcsFile(text, { today: '2026-12-06' });
        expect(readIcsFile(unfolded.replace(/\r?\n/g, '\r\n'), { today: '2026-12-06' })).toEqual(read);
        expect(readIcsFile(after, { today: '2026-12-06' })).toEqual(read);
        expect(read.events.length).toBeGreaterThan(0);
      }),
      { numRuns: 60, seed: 18 },
    );
  });

  it('places an event in the zone the file defines after it', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:late-zone@gmina.example',
      'DTSTART;TZID=Europe/Warsaw:20270712T100000',
      'DTEND;TZID=Europe/Warsaw:20270712T120000',
      'SUMMARY:Zjazd Europy',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-PT15M',
      'END:VALARM',
      'END:VEVENT',
      ...WARSAW.map((l) => (l === 'TZID:Europe/Warsaw' ? 'TZID:Europe/Warsaw' : l)),
      'END:VCALENDAR',
    ].join('\n');
    const read = readIcsFile(text, { today: '2026-12-06' });
    expect(read.events).toMatchObject([{ title: 'Zjazd Europy', start: '2027-07-12T10:00', end: '2027-07-12T12:00' }]);
    expect(read.zones).toEqual([]);
    expect(read.problems).toEqual([]);
  });

  it('names a VEVENT ical.js cannot parse and still reads the others, whatever their line ends', () => {
    const lines = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:ok-1@gmina.example',
      'DTSTART;VALUE=DATE:20270601',
      'SUMMARY:Dni Swarzędza',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:broken@gmina.example',
      'SUMMARY:Zepsute',
      'DTSTART;VALUE=DATE 20270602',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:ok-2@gmina.example',
      'DTSTART;VALUE=DATE:20270603',
      'SUMMARY:Spotkanie w Ronnenbergu',
      'END:VEVENT',
      'END:VCALENDAR',
    ];
    for (const end of ['\r\n', '\n', '\r']) {
      const read = readIcsFile(lines.join(end), { today: '2026-12-06' });
      expect(read.events.map((e) => e.title)).toEqual(['Dni Swarzędza', 'Spotkanie w Ronnenbergu']);
      expect(read.problems).toEqual([
        { code: 'badEvent', reason: 'unreadable', index: 2, uid: 'broken@gmina.example', title: 'Zepsute' },
      ]);
    }
  });

  it('reports the events of a file cut short inside an event, the cut one named', () => {
    const text = googleExport(3);
    const cut = text.slice(0, text.lastIndexOf('SUMMARY:'));
    const read = readIcsFile(cut, { today: '2026-12-06' });
    expect(read.events.map((e) => e.title)).toEqual(['Spotkanie 0: Ronnenberg', 'Spotkanie 1: Duclair']);
    expect(read.problems).toEqual([
      { code: 'truncated' },
      { code: 'badEvent', reason: 'unreadable', index: 3, uid: '000002k2v9p3q8r1@google.com' },
    ]);
  });

  it('reads the same preview from bytes decoded a slice at a time, whatever the slice size and the charset', () => {
    const utf16 = (text: string) => {
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i += 1)
        bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + 2 * i);
      return bytes;
    };
    const google = googleExport(12);
    const files = [
      new TextEncoder().encode(google),
      new TextEncoder().encode(`\uFEFF${outlookExport()}`),
      cp1250(google),
      windows1250Export(),
      utf16(google),
    ];
    for (const bytes of files) {
      const whole = previewIcs(bytes, { today: '2026-12-06', sliceSize: bytes.length + 1 });
      expect(whole.ok).toBe(true);
      // Every slice size up to 13 bytes cuts every multi-byte letter, CRLF and fold somewhere.
      for (let size = 1; size <= 13; size += 1)
        expect(previewIcs(bytes, { today: '2026-12-06', sliceSize: size })).toEqual(whole);
    }
  });

  it('reads hostile files the same, however the text is sliced', () => {
    for (const text of fc.sample(hostileIcs, { numRuns: 200, seed: 21 })) {
      const whole = previewIcs(text, { today: '2026-12-06', sliceSize: text.length + 1 });
      // Files of many kilobytes (one huge line) cut as the decoder cuts them; the others everywhere.
      for (const size of text.length < 20_000 ? [1, 2, 3, 64] : [4096])
        expect(previewIcs(text, { today: '2026-12-06', sliceSize: size })).toEqual(whole);
    }
  });

  it('hands the events on in batches as it reads, the series a later change completes replaced at the end', () => {
    const series = [
      'BEGIN:VEVENT',
      'UID:series@gmina.example',
      'DTSTART;VALUE=DATE:20270105',
      'RRULE:FREQ=WEEKLY;COUNT=4',
      'SUMMARY:Dyżur',
      'END:VEVENT',
    ];
    const change = [
      'BEGIN:VEVENT',
      'UID:series@gmina.example',
      'RECURRENCE-ID;VALUE=DATE:20270112',
      'DTSTART;VALUE=DATE:20270113',
      'SUMMARY:Dyżur przesunięty',
      'END:VEVENT',
    ];
    const body = googleExport(600).split('\r\n');
    body.splice(body.indexOf('END:VCALENDAR'), 0, ...change);
    body.splice(body.indexOf('BEGIN:VEVENT'), 0, ...series);
    const parts: IcsPreviewPart[] = [];
    streamIcsPreview(body.join('\r\n'), (part) => parts.push(part), { today: '2026-12-06' });
    const batches = parts.flatMap((p) => (p.type === 'events' ? [p.events.length] : []));
    expect(batches).toEqual([...Array<number>(60).fill(10), 1]);
    const end = parts[parts.length - 1]!;
    expect(end.type === 'end' && end.replaced).toMatchObject([
      [0, { title: 'Dyżur', exceptions: [{ date: '2027-01-12', start: '2027-01-13', end: '2027-01-13' }] }],
    ]);
  });
});
