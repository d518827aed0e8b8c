// Benchmark build only (`vite build --mode bench`): exposes seeding and timed calls to the bench script.
import { contactSchema, eventSchema, participantSchema, partnerSchema, visitSchema } from '../../shared/domain';
import { db } from '../db/db';
import { validate } from '../db/repositories/base';
import { backUpNowTimed, bigBackupCheck, bigBackupPrepare, bigBackupRelease, bigBackupSafetyCopy } from './bigBackup';
import { instrumentWholeTableReads } from './instrument';
import { teamSyncApi } from './teamSync';
import { buildSyntheticOffice } from './synthetic';

const wholeReads = instrumentWholeTableReads();

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

const SIGNATURE_KEY = 'bench.signature';

/** Seeds the synthetic office through the domain schemas unless the same one is already stored. */
async function seed(scale: number) {
  // v2: timed events up to the busiest month's last grid day, one large camp edition.
  const signature = `v2:${scale}`;
  const office = buildSyntheticOffice(scale);
  const shape = { busiestMonth: office.busiestMonth, bigCamp: office.bigCamp };
  const existing = await db.settings.get(SIGNATURE_KEY);
  if (existing?.value === signature) return { seeded: false, ms: 0, rows: 0, ...shape };
  const { ms } = await time(async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    const tables = [
      [db.partners, office.partners.map((r) => validate(partnerSchema, r))],
      [db.contacts, office.contacts.map((r) => validate(contactSchema, r))],
      [db.events, office.events.map((r) => validate(eventSchema, r))],
      [db.visits, office.visits.map((r) => validate(visitSchema, r))],
      [db.participants, office.participants.map((r) => validate(participantSchema, r))],
    ] as const;
    for (const [table, rows] of tables) {
      for (let i = 0; i < rows.length; i += 2000) {
        await db.transaction('rw', table, () => (table as typeof db.events).bulkPut(rows.slice(i, i + 2000) as never));
      }
    }
    await db.settings.put({ key: SIGNATURE_KEY, value: signature });
  });
  const rows =
    office.partners.length +
    office.contacts.length +
    office.events.length +
    office.visits.length +
    office.participants.length;
  return { seeded: true, ms, rows, ...shape };
}

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

/**
 * The floor for a month grid `from`–`to`: raw IndexedDB reads of exactly the rows the app reads for it, in one
 * transaction: events from the look-back day to the last day's last timed event, every series, and visits
 * ending from the first day on.
 */
async function rawMonthReads(from: string, to: string) {
  const [{ SPAN_FLOOR_DAYS, maxSpanSetting }, { readSetting }, { addDays }] = await Promise.all([
    import('../db/repositories/events'),
    import('../db/repositories/settings'),
    import('../../shared/calendar/dates'),
  ]);
  const lookBack = Math.max(SPAN_FLOOR_DAYS, await readSetting(maxSpanSetting));
  const idb = db.backendDB();
  const { ms, value } = await time(async () => {
    const tx = idb.transaction(['events', 'visits'], 'readonly');
    const events = tx.objectStore('events');
    return Promise.all([
      request(events.index('start').getAll(IDBKeyRange.bound(addDays(from, -lookBack), `${to}\uffff`))),
      request(events.index('series').getAll(IDBKeyRange.only(1))),
      request(tx.objectStore('visits').index('end').getAll(IDBKeyRange.lowerBound(from))),
    ]);
  });
  return { ms, rows: value.reduce((sum, rows) => sum + rows.length, 0) };
}

/** The app's own read for a month grid, as the calendar page makes it: ranges, series expanded, visits merged. */
async function appMonthQuery(from: string, to: string) {
  const { calendarItemsInRange } = await import('../db/repositories/events');
  const { ms, value } = await time(() => calendarItemsInRange(from, to, { includeCancelled: true }));
  return { ms, rows: value.length };
}

/**
 * The floor for a restore: the same records written with a bare Dexie's bulkPut (no app middleware, no checks) into
 * the app's own database, emptied as the restore finds it; then the same over as many (cleared in the same
 * transaction). A scratch database of its own was not like-for-like: a new, empty database takes writes faster
 * than the app's, which holds the office's other stores and the traces of the records just deleted.
 */
async function rawRestoreFloor(tables: Record<string, readonly unknown[]>) {
  const { default: Dexie } = await import('dexie');
  const bare = new Dexie(db.name);
  await bare.open();
  try {
    const names = Object.keys(tables).filter((n) => tables[n]!.length > 0);
    const write = (clear: boolean) =>
      time(() =>
        bare.transaction('rw', names, async () => {
          for (const name of names) {
            if (clear) await bare.table(name).clear();
            await bare.table(name).bulkPut(tables[name] as unknown[]);
          }
        }),
      );
    const into = await write(false);
    const over = await write(true);
    return { ms: into.ms, replaceMs: over.ms };
  } finally {
    bare.close();
  }
}

/** Backup of the whole office, then restore of a `count`-record backup and its floor, then the office back. */
async function backupRestore(count: number, floorFirst = false) {
  const [
    { createBackup },
    { restoreBackup },
    { serializeBackup },
    { parseBackup },
    { backupTableNames },
    { CURRENT_SCHEMA_VERSION },
  ] = await Promise.all([
    import('../db/backup/collect'),
    import('../db/backup/restore'),
    import('../../shared/backup/write'),
    import('../../shared/backup/parse'),
    import('../../shared/backup/tables'),
    import('../db/schema'),
  ]);
  const backup = await time(() => createBackup('bench'));
  const partners = await db.partners.toArray();
  const events = (
    await db.events
      .where('series')
      .equals(0)
      .limit(count - partners.length)
      .toArray()
  ).map((e) => ({ ...e, partnerIds: e.partnerIds.filter((id) => partners.some((p) => p.id === id)) }));
  const empty = Object.fromEntries(backupTableNames.map((n) => [n, []]));
  const meta = { appVersion: 'bench', schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: new Date().toISOString() };
  const subset = await serializeBackup({ ...empty, partners, events } as never, meta);
  const options = { schemaVersion: CURRENT_SCHEMA_VERSION };
  const parsedSubset = await parseBackup(subset.text, options);
  const nothing = await parseBackup((await serializeBackup(empty as never, meta)).text, options);
  // Over the whole office: the restore deletes every stored record first, in the same transaction.
  const restoreOverOffice = await time(() => restoreBackup(parsedSubset));
  // The floor and the restore each into the database emptied the same way (an empty backup restored, not timed).
  // Which goes first alternates between runs: a write just after a large delete is slower (the store is still
  // reclaiming the deleted records), and that must not fall on one side only.
  const floorThenRestore = async () => {
    await restoreBackup(nothing);
    const raw = await rawRestoreFloor(parsedSubset.tables);
    await restoreBackup(nothing);
    return { raw, into: await time(() => restoreBackup(parsedSubset)) };
  };
  const restoreThenFloor = async () => {
    await restoreBackup(nothing);
    const into = await time(() => restoreBackup(parsedSubset));
    await restoreBackup(nothing);
    return { raw: await rawRestoreFloor(parsedSubset.tables), into };
  };
  const { raw: floor, into: restore } = await (floorFirst ? floorThenRestore() : restoreThenFloor());
  // Again, now over the same 10,000 records rather than the whole office: the write without a large clear.
  const restoreOverSame = await time(() => restoreBackup(parsedSubset));
  const parseFull = await time(() => parseBackup(backup.value.text, options));
  const restoreFull = await time(() => restoreBackup(parseFull.value));
  return {
    backupMs: backup.ms,
    backupRows: Object.values(backup.value.counts).reduce((a, b) => a + b, 0),
    backupBytes: backup.value.text.length,
    restoreMs: restore.ms,
    floorMs: floor.ms,
    floorReplaceMs: floor.replaceMs,
    restoreOverOfficeMs: restoreOverOffice.ms,
    restoreOverSameMs: restoreOverSame.ms,
    restoreRows: partners.length + events.length,
    restoreFullMs: parseFull.ms + restoreFull.ms,
  };
}

/** A visit whose dossier runs to about 20 pages: built, then rendered to the HTML that is printed; then removed. */
async function bigDossier() {
  const [{ dossierFor }, { renderDossierHtml }] = await Promise.all([
    import('../features/dossier/exportDossier'),
    import('../../shared/export/dossierHtml'),
  ]);
  const visit = await db.visits.orderBy('start').last();
  if (!visit) throw new Error('no visit to build a dossier from');
  const programme = Array.from({ length: 340 }, (_, i) => {
    const day = `2026-05-${String(1 + Math.floor(i / 20)).padStart(2, '0')}`;
    const hour = String(7 + Math.floor((i % 20) / 2)).padStart(2, '0');
    const minute = i % 2 ? '30' : '00';
    return {
      id: `big${i}`,
      from: `${day}T${hour}:${minute}`,
      to: `${day}T${hour}:${i % 2 ? '55' : '25'}`,
      activity: `Punkt programu ${i + 1}: spotkanie robocze w sprawie współpracy`,
      place: 'Urząd Miasta',
      responsible: 'Referat',
    };
  });
  // A scratch copy of a visit, deleted again: the synthetic office is the same after the measurement.
  await db.visits.put({ ...visit, id: 'bench-dossier', start: '2026-05-01', end: '2026-05-17', programme });
  try {
    const built = await time(() => dossierFor('bench-dossier', 'pl'));
    return { buildMs: built.ms, html: renderDossierHtml(built.value) };
  } finally {
    await db.visits.delete('bench-dossier');
  }
}

/** The ICS preview's benchmark file: a Google export of `count` events, from the tests' own generator. */
async function googleIcs(count: number): Promise<string> {
  const { googleExport } = await import('../../tests/fixtures/ics/googleExport');
  return googleExport(count);
}

async function annualReport(year: number) {
  const { loadAnnualReport } = await import('../db/repositories/reports');
  const r = await time(() => loadAnnualReport({ from: `${year}-01-01`, to: `${year}-12-31` }));
  return { ms: r.ms, events: r.value.report.events.total };
}

/** Each of the dashboard's reads alone, one after another: which card costs what at start. */
async function dashboardQueries(today: string) {
  const [{ countRecords }, timeline, events, tasks, participants] = await Promise.all([
    import('../db/repositories/stats'),
    import('../db/repositories/timeline'),
    import('../db/repositories/events'),
    import('../db/repositories/tasks'),
    import('../db/repositories/participants'),
  ]);
  const weekEnd = new Date(Date.parse(today) + 6 * 86_400_000).toISOString().slice(0, 10);
  const queries: [string, () => Promise<unknown>][] = [
    ['record counts', () => countRecords()],
    ['anniversaries', () => timeline.partnerAnniversaries(today)],
    ['dormant partners', () => timeline.dormantPartners(today)],
    ['this week', () => events.calendarItemsInRange(today, weekEnd)],
    ['tasks', () => tasks.openTasksDueBy(weekEnd)],
    ['upcoming camps', () => participants.listUpcomingCamps(today)],
    [
      'camps due for anonymisation',
      () => participants.listRetentionEnds(`${Number(today.slice(0, 4)) - 5}${today.slice(4)}`),
    ],
  ];
  const out: Record<string, number> = {};
  for (const [name, query] of queries) out[name] = (await time(query)).ms;
  return out;
}

/** How many people one camp edition holds (the list whose exports are timed). */
function participantCount(eventId: string, occurrence: string): Promise<number> {
  return db.participants.where('[eventId+occurrence]').equals([eventId, occurrence]).count();
}

export const benchApi = {
  participantCount,
  dashboardQueries,
  seed,
  rawMonthReads,
  appMonthQuery,
  backupRestore,
  backUpNowTimed,
  bigBackupCheck,
  bigBackupPrepare,
  bigBackupRelease,
  bigBackupSafetyCopy,
  bigDossier,
  annualReport,
  googleIcs,
  wholeReads,
  time,
  ...teamSyncApi,
};

declare global {
  interface Window {
    __bench?: typeof benchApi;
  }
}
window.__bench = benchApi;
