// Benchmark build only (`vite build --mode bench`): exposes seeding and timed calls to the bench script.
import {
  contactSchema, eventSchema, participantSchema, partnerSchema, visitSchema,
} from '../../shared/domain';
import { writeCsv } from '../../shared/export/csv';
import { db } from '../db/db';
import { validate } from '../db/repositories/base';
import { instrumentWholeTableReads } from './instrument';
import { buildSyntheticOffice } from './synthetic';

const wholeReads = instrumentWholeTableReads();

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

const SIGNATURE_KEY = 'bench.signature';

/** Seeds the synthetic office through the domain schemas unless the same one is already stored. */
async function seed(scale: number): Promise<{ seeded: boolean; ms: number; rows: number; busiestMonth: string }> {
  const signature = `v1:${scale}`;
  const office = buildSyntheticOffice(scale);
  const existing = await db.settings.get(SIGNATURE_KEY);
  if (existing?.value === signature) return { seeded: false, ms: 0, rows: 0, busiestMonth: office.busiestMonth };
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
  const rows = office.partners.length + office.contacts.length + office.events.length + office.visits.length + office.participants.length;
  return { seeded: true, ms, rows, busiestMonth: office.busiestMonth };
}

/** The floor for a month: the raw indexed range query returning the same rows. */
async function rawRangeQuery(from: string, to: string) {
  const { ms, value } = await time(() => db.events.where('start').between(from, to, true, true).toArray());
  return { ms, rows: value.length };
}

/** The floor for a restore: a raw bulkPut of `count` records read from the store, into a scratch db. */
async function rawBulkWrite(count: number) {
  const rows = await db.events.limit(count).toArray();
  const { default: Dexie } = await import('dexie');
  const scratch = new Dexie('bench-scratch');
  scratch.version(1).stores({ events: 'id, start, end, kind, status, series, host, coordinator, *partnerIds' });
  await scratch.open();
  await scratch.table('events').clear();
  const { ms } = await time(() => scratch.transaction('rw', scratch.table('events'), () => scratch.table('events').bulkPut(rows)));
  scratch.close();
  await Dexie.delete('bench-scratch');
  return { ms, rows: rows.length };
}

async function csvExport(count: number) {
  const rows = await db.participants.limit(count).toArray();
  const { ms, value } = await time(() =>
    writeCsv([['Imię', 'Nazwisko', 'Rok urodzenia'], ...rows.map((p) => [p.firstName, p.lastName, p.birthYear])]),
  );
  return { ms, rows: rows.length, bytes: value.length };
}

export const benchApi = { seed, rawRangeQuery, rawBulkWrite, csvExport, wholeReads, time };

declare global {
  interface Window {
    __bench?: typeof benchApi;
  }
}
window.__bench = benchApi;
