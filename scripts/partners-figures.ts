// Figures for the partner register at office scale (2,000 partners, 20,000 contacts, 20,000 events, 2,000 visits):
// search index build, per-keystroke query time, list filter+sort, CSV export and import parse. Prints a table.
// Run: npx jiti scripts/partners-figures.ts   (Node's V8, the engine Chromium and Electron use; no IndexedDB involved)
import { performance } from 'node:perf_hooks';
import type { CalendarEvent, Contact, Partner, Visit } from '../shared/domain';
import { readCsv, writeCsv } from '../shared/export/csv';
import { partnerTable } from '../shared/partners/columns';
import { guessMapping, markDuplicates, parsePartnerRows } from '../shared/partners/csvImport';
import {
  contactDoc,
  createSearchIndex,
  eventDoc,
  partnerDoc,
  searchGrouped,
  visitDoc,
} from '../shared/partners/search';
import { filterPartners, sortPartners } from '../renderer/features/partners/listFilter';
import { buildVocabulary, rowLabelsFor } from '../renderer/features/partners/vocabulary';

const SYLLABLES = [
  'Łó',
  'dź',
  'Swa',
  'rzę',
  'dz',
  'Jär',
  'fäl',
  'la',
  'Ron',
  'nen',
  'berg',
  'Duc',
  'lair',
  'Gło',
  'gów',
  'Leg',
  'ni',
  'ca',
  'Tym',
  'bark',
  'Żół',
  'ków',
  'Ścin',
  'awa',
  'Brze',
  'sko',
];
const FIRST = ['Anna', 'Łukasz', 'Zofia', 'Grzegorz', 'Małgorzata', 'Jürgen', 'Sørina', 'Élodie', 'Paweł', 'Agnieszka'];
const LAST = [
  'Nowak',
  'Wójcik',
  'Kowalczyk',
  'Żółtowska',
  'Müller',
  'Lefèvre',
  'Łęcka',
  'Szymański',
  'Öberg',
  'Dąbrowski',
];
const COUNTRIES = ['DE', 'FR', 'SE', 'UA', 'HR', 'GB', 'CZ', 'SK', 'LT', 'IT'];
let seed = 42;
const rnd = (n: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n;
const pick = <T>(list: readonly T[]) => list[rnd(list.length)]!;
const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const town = () =>
  Array.from({ length: 2 + rnd(2) }, () => pick(SYLLABLES))
    .join('')
    .replace(/^./, (c) => c.toUpperCase());

const partners: Partner[] = Array.from({ length: 2000 }, (_, i) => ({
  id: `p${i}`,
  name: `${town()} ${i}`,
  country: pick(COUNTRIES),
  region: town(),
  relationKind: 'partnership',
  status: i % 7 ? 'active' : 'ended',
  startDate: `${1990 + rnd(35)}-0${1 + rnd(9)}-1${rnd(9)}`,
  languages: ['de'],
  legalBasis: { resolutionNumber: `XV/${i}/2001` },
  areas: ['culture', 'sport'],
  funding: ['interreg'],
  awards: [],
  ...stamps,
}));
const contacts: Contact[] = Array.from({ length: 20_000 }, (_, i) => ({
  id: `c${i}`,
  partnerId: `p${i % 2000}`,
  name: `${pick(FIRST)} ${pick(LAST)}`,
  role: 'coordinator',
  email: `osoba${i}@example.eu`,
  languages: [],
  ...stamps,
}));
const EVENT_TITLES = [
  'Obóz młodzieży',
  'Zjazd Europy',
  'Konferencja INTERREG',
  'Turniej piłki nożnej',
  'Festyn rodzinny',
  'Wizyta studyjna',
  'Koncert chóru',
  'Dni miasta',
  'Rocznica partnerstwa',
  'Termin wniosku Erasmus+',
  'Warsztaty ekologiczne',
  'Spotkanie burmistrzów',
];
const events: CalendarEvent[] = Array.from({ length: 20_000 }, (_, i) => ({
  id: `e${i}`,
  title: `${pick(EVENT_TITLES)} ${town()} ${1992 + (i % 34)}`,
  kind: 'youthCamp',
  allDay: true,
  start: '2024-07-10',
  end: '2024-07-20',
  place: { town: town() },
  host: 'home',
  partnerIds: [`p${i % 2000}`],
  status: 'done',
  series: 0,
  exceptions: [],
  description: 'Zawody sportowe i imprezy kulturalne dla dzieci i młodzieży z gmin partnerskich.',
  ...stamps,
}));
const visits: Visit[] = Array.from({ length: 2000 }, (_, i) => ({
  id: `v${i}`,
  direction: 'incoming',
  partnerIds: [`p${i}`],
  title: `Wizyta delegacji z ${town()}`,
  start: '2025-05-12',
  end: '2025-05-14',
  status: 'done',
  members: [],
  programme: [],
  logistics: [],
  costs: [],
  ...stamps,
}));

/** CPU time of the call (user + system), so figures hold on a busy machine; wall time is printed alongside. */
const wall: number[] = [];
function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  wall.push(performance.now() - start);
  return [value, (used.user + used.system) / 1000];
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
const rows: [string, string][] = [];
const row = (what: string, ms: number) =>
  rows.push([what, `${ms.toFixed(1)} ms CPU (${wall[wall.length - 1]!.toFixed(1)} ms wall)`]);

const heapBefore = process.memoryUsage().heapUsed;
const names = new Map(partners.map((p) => [p.id, p.name]));
const partnerName = (id: string) => names.get(id);
const [docs, docsMs] = time(() => [
  ...partners.map((p) => partnerDoc(p)),
  ...contacts.map((c) => contactDoc(c, partnerName)),
  ...events.map((e) => eventDoc(e, '2026-11-26', partnerName)),
  ...visits.map(visitDoc),
]);
row(`documents from rows (${docs.length})`, docsMs);
const [index, buildMs] = time(() => {
  const i = createSearchIndex();
  i.addAll(docs);
  return i;
});
// The worst case of one word shared by a tenth of all records: ranking every match is the cost.
row('search index build (once, on first Ctrl+K)', buildMs);
rows.push(['search index heap', `${((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024).toFixed(0)} MB`]);

const keystrokes: number[] = [];
for (const query of [
  'swarzedz',
  'lodz',
  'jarfalla',
  'lukasz wojcik',
  'oboz mlodziezy 2001',
  'zolkow 12',
  'ronnenberg',
  'konferencja interreg',
  'xyzq',
]) {
  for (let n = 2; n <= query.length; n++) {
    // The least of 5 runs: the figure of the work itself, not of other processes sharing the CPU.
    const ms = Math.min(...Array.from({ length: 5 }, () => time(() => searchGrouped(index, query.slice(0, n)))[1]));
    if (process.env.DETAIL && ms > 5) console.log(query.slice(0, n), ms.toFixed(1));
    keystrokes.push(ms);
  }
}
const keyRow = (what: string, ms: number) => rows.push([what, `${ms.toFixed(1)} ms CPU`]);
keyRow(`per keystroke (least of 5 runs), median of ${keystrokes.length}`, median(keystrokes));
keyRow('per keystroke, 95th percentile', p95(keystrokes));
keyRow('per keystroke, worst', Math.max(...keystrokes));
const updates = Array.from(
  { length: 50 },
  (_, i) =>
    time(() => {
      index.discard(`contact:c${i}`);
      index.add(contactDoc({ ...contacts[i]!, name: `Zmieniona Osoba ${i}` }));
    })[1],
);
keyRow('incremental update of one record, median', median(updates));

const filterTimes = ['', 'lo', 'łódź 1', 'sw'].map(
  (text) =>
    time(() =>
      sortPartners(
        filterPartners(partners, { text, country: 'DE', relationKind: null, status: null, area: null }),
        { column: 'name', descending: false },
        (p) => p.name,
        'pl',
      ),
    )[1],
);
keyRow('list filter + sort of 2,000 partners, worst of 4', Math.max(...filterTimes));

const labels = rowLabelsFor('pl');
const [csvText, csvMs] = time(() => writeCsv(partnerTable(partners, labels)));
row('CSV export of 2,000 partners', csvMs);
const vocabulary = buildVocabulary();
const [, importMs] = time(() => {
  const csv = readCsv(csvText);
  return markDuplicates(parsePartnerRows(csv, guessMapping(csv.header, vocabulary), vocabulary), []);
});
row('CSV import parse + validation of 2,000 partners', importMs);

const width = Math.max(...rows.map(([w]) => w.length));
for (const [what, value] of rows) console.log(`${what.padEnd(width)}  ${value}`);
console.log(
  `(load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).cpus().length} cores)`,
);
