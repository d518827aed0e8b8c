// Generators of hostile and broken files: backups mutated in every way that matters, CSV and ICS built from parts.
import fc from 'fast-check';

type Doc = Record<string, unknown> & {
  tables: Record<string, Record<string, unknown>[]>;
  counts: Record<string, number>;
};

export interface BackupFile {
  text: string;
  /** A cap smaller than the file, for the "oversized" case. */
  maxBytes?: number;
}

const weird = fc.oneof(
  fc.constant(null),
  fc.constant([1, 2]),
  fc.constant({ nested: true }),
  fc.integer(),
  fc.constant('2027-02-30'),
  fc.constant('\u0000'),
  fc.constant(''),
  fc.constant(1e308),
);

/** A mutation of a valid backup's text. Kinds whose checksum would be stale keep the old one: the check must catch them. */
export const mutateBackup: fc.Arbitrary<(base: string) => BackupFile> = fc.oneof(
  fc.nat().map((n) => (base: string) => ({ text: base.slice(0, n % base.length) })),
  fc
    .nat()
    .map((n) => (base: string) => ({ text: `${base.slice(0, n % base.length)}\u0000${base.slice(n % base.length)}` })),
  fc.nat().map((n) => (base: string) => ({ text: base, maxBytes: n % Math.max(1, base.length) })),
  fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 12 }), weird).map(([t, r, field, value]) => (base: string) => {
    const doc = JSON.parse(base) as Doc;
    const tables = Object.keys(doc.tables).filter((k) => doc.tables[k]!.length > 0);
    const rows = doc.tables[tables[t % tables.length]!]!;
    const row = rows[r % rows.length]!;
    const keys = Object.keys(row);
    row[field.length > 0 && r % 2 ? field : keys[r % keys.length]!] = value;
    return { text: JSON.stringify(doc) };
  }),
  fc.constantFrom('formatVersion', 'schemaVersion', 'appVersion', 'counts', 'tables', 'format').chain((key) =>
    weird.map((value) => (base: string) => ({
      text: JSON.stringify({ ...(JSON.parse(base) as Doc), [key]: value }),
    })),
  ),
  fc.constant((base: string) => ({ text: base.replace('"tables":{', '"tables":{"__proto__":[],') })),
  fc.constant((base: string) => ({ text: base.replace(/"id":/, '"constructor":{"prototype":{"x":1}},"id":') })),
  fc.constant((base: string) => ({ text: base.replace(/,/g, ',\r\n').replace(/:/g, ':\r').replace(/\{/g, '{\n') })),
  fc.constant((base: string) => ({ text: JSON.stringify([JSON.parse(base)]) })),
  fc.constant((base: string) => ({ text: `\uFEFF${base}` })),
);

/** A CSV built from the header and rows of hostile cells, joined by mixed line ends; `records` is what a reader must find. */
export interface CsvFile {
  text: string;
  records: number;
}

const hostileCell = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'Ronnenberg',
      'Duclair',
      'Järfälla',
      'Łódź',
      'DE',
      'FR',
      'PL',
      'Swarzędz',
      'uczestnik',
      'opiekun',
      '2011-02-03',
      '15.05.2001',
      'partnerska',
      'aktywna',
    ),
  },
  fc.constantFrom(
    '2027-02-30',
    '2027-13-01',
    '31.02.2012',
    '\u0000',
    'a\u0000b',
    '\u202eexe.fdp',
    'x\u2066y',
    '=SUM(A1)',
    "'+48",
    '__proto__',
    'constructor',
    '"',
    '',
  ),
  fc.string({ maxLength: 30, unit: 'grapheme' }).map((s) => s.replace(/["\r\n;,]/g, ' ')),
  fc.nat({ max: 5 }).map((n) => 'x'.repeat(n * 1000)),
);
const lineEnd = fc.constantFrom('\r\n', '\n', '\r');

/** Rows of up to `width + 2` cells (some beyond the header), never blank, with a quoted multi-line cell now and then. */
export const hostileCsv = (header: readonly string[]): fc.Arbitrary<CsvFile> =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.array(hostileCell, { minLength: 1, maxLength: header.length + 2 }), lineEnd, fc.boolean()), {
        maxLength: 12,
      }),
      fc.constantFrom(';', ','),
    )
    .map(([rows, sep]) => {
      const body = rows.map(([cells, end, quoted]) => {
        const line = cells
          .map((c, i) => (quoted && i === 0 ? `"${c.replace(/"/g, '""')}\r\nciąg dalszy"` : c.replace(/"/g, '')))
          .join(sep);
        // A row of only empty cells would be a blank line, which the reader rightly skips: give it a name.
        return `${/[^\s;,]/.test(line) ? line : `x${line}`}${end}`;
      });
      return { text: `${header.join(sep)}\r\n${body.join('')}`, records: rows.length };
    });

export const PARTNER_HEADER = ['Nazwa', 'Kraj', 'Rodzaj relacji', 'Status', 'Data rozpoczęcia współpracy', 'Uwagi'];
export const PARTICIPANT_HEADER = [
  'lastName',
  'firstName',
  'birthDate',
  'role',
  'sendingTown',
  'guardianName',
  'guardianPhone',
];

const icsEvent = fc.record({
  start: fc.constantFrom('20270512', '20270512T100000Z', '20270230', '20271301T100000', '2027-05-12', 'garbage', ''),
  end: fc.constantFrom('20270511', '20270513', '20270512T090000Z', '20270512T110000Z', ''),
  rule: fc.constantFrom(
    '',
    'RRULE:FREQ=DAILY;COUNT=1000000',
    'RRULE:FREQ=SECONDLY',
    'RRULE:FREQ=WEEKLY;BYDAY=MO,WE',
    'RRULE:FREQ=YEARLY;UNTIL=garbage',
  ),
  title: fc.constantFrom('Obóz', 'Zjazd Europy', '\u0000', '\u202eexe', '', 'x'.repeat(400)),
  extra: fc.constantFrom(
    '',
    'X-UNKNOWN:1',
    'ATTENDEE;CN="a":mailto:a@b',
    'DESCRIPTION:' + 'd'.repeat(30_000),
    'TZID-ONLY',
  ),
});

/** ICS files: events with impossible dates, DTEND before DTSTART, runaway rules, mixed line ends, cut short. */
export const hostileIcs: fc.Arbitrary<string> = fc
  .tuple(fc.array(icsEvent, { maxLength: 6 }), lineEnd, fc.nat(), fc.boolean())
  .map(([events, end, cut, truncate]) => {
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Gmina//PL'];
    events.forEach((e, i) => {
      lines.push('BEGIN:VEVENT', `UID:${i}@x`, `DTSTART:${e.start}`);
      if (e.end) lines.push(`DTEND:${e.end}`);
      if (e.rule) lines.push(e.rule);
      lines.push(`SUMMARY:${e.title}`);
      if (e.extra) lines.push(e.extra);
      lines.push('END:VEVENT');
    });
    lines.push('END:VCALENDAR');
    const text = lines.join(end);
    return truncate ? text.slice(0, cut % (text.length + 1)) : text;
  });

/** The two big ones, made once: 20,000 events, and one event with a 5 MB description. */
export const bigIcsFiles = (): string[] => [bigIcs(20_000, 'Wydarzenie'), bigIcs(1, 'd'.repeat(5 * 1024 * 1024))];

function bigIcs(events: number, description: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Gmina//PL'];
  for (let i = 0; i < events; i++)
    lines.push(
      'BEGIN:VEVENT',
      `UID:${i}@x`,
      'DTSTART:20270512T100000Z',
      'DTEND:20270512T110000Z',
      'SUMMARY:Spotkanie',
      `DESCRIPTION:${description}`,
      'END:VEVENT',
    );
  lines.push('END:VCALENDAR');
  return lines.join('\r\n');
}
