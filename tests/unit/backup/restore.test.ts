import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupError } from '../../../shared/backup/errors';
import { parseBackup } from '../../../shared/backup/parse';
import { buildPreview } from '../../../shared/backup/preview';
import { createBackup } from '../../../renderer/db/backup/collect';
import { countAllTables } from '../../../renderer/db/backup/counts';
import { restoreBackup } from '../../../renderer/db/backup/restore';
import { db } from '../../../renderer/db/db';
import { eventsInRange } from '../../../renderer/db/repositories/events';
import { loadExampleData } from '../../../renderer/db/repositories/example';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { freshDatabase } from '../../helpers/db';
import { databaseHash, datasetArbitrary, writeTables } from './helpers';

beforeEach(freshDatabase);
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

const options = { schemaVersion: CURRENT_SCHEMA_VERSION };
const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };

describe('restoreBackup', () => {
  it('lets the month view find a restored event longer than any the database had', async () => {
    const long = {
      id: 'long',
      title: 'Wystawa objazdowa',
      kind: 'cultural',
      allDay: true,
      start: '2026-01-01',
      end: '2026-03-31',
      place: {},
      host: 'home',
      partnerIds: [],
      status: 'planned',
      series: 0,
      exceptions: [],
      ...stamps,
    };
    await db.events.put(long as never);
    const parsed = await parseBackup((await createBackup('0.1.0')).text, options);
    await freshDatabase();
    await restoreBackup(parsed);
    const march = await eventsInRange('2026-03-01', '2026-03-31');
    expect(march.map((o) => o.event.id)).toEqual(['long']);
  });

  it('replaces every table: records added after the backup are gone, deleted ones are back', async () => {
    await loadExampleData('2026-11-26');
    const parsed = await parseBackup((await createBackup('0.1.0')).text, options);
    const [first] = await db.partners.toArray();
    await db.partners.delete(first!.id);
    await db.partners.put({ ...first!, id: 'added-later', name: 'Added later' });
    await restoreBackup(parsed);
    expect(await db.partners.get('added-later')).toBeUndefined();
    expect((await db.partners.get(first!.id))?.name).toBe(first!.name);
  });

  it('leaves every table as it was when the disk fills up half-way (QuotaExceededError)', async () => {
    await writeTables(fc.sample(datasetArbitrary, { numRuns: 1, seed: 3 })[0]!);
    const parsed = await parseBackup((await createBackup('0.1.0')).text, options);
    await loadExampleData('2026-11-26');
    const before = await databaseHash();
    // Tables before visits are already cleared and refilled when the disk fills up.
    vi.spyOn(db.table('visits'), 'bulkPut').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const error = await restoreBackup(parsed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).code).toBe('quota');
    vi.restoreAllMocks();
    expect(await databaseHash()).toBe(before);
  });

  it('re-applies an anonymisation made after the backup to the restored participants', async () => {
    await db.events.put({
      id: 'camp',
      title: 'Obóz',
      kind: 'youthCamp',
      allDay: true,
      start: '2026-07-10',
      end: '2026-07-20',
      place: {},
      host: 'home',
      partnerIds: [],
      status: 'done',
      series: 0,
      exceptions: [],
      ...stamps,
    });
    await db.participants.put({
      id: 'kid',
      eventId: 'camp',
      occurrence: '2026-07-10',
      firstName: 'Ola',
      lastName: 'Nowak',
      birthYear: 2012,
      birthDate: '2012-03-04',
      role: 'participant',
      sendingTown: 'home',
      status: 'attended',
      consents: {},
      identified: 1,
      ...stamps,
    });
    const parsed = await parseBackup((await createBackup('0.1.0')).text, options);
    await db.anonymisations.put({
      id: 'run-1',
      at: '2026-12-01T00:00:00.000Z',
      participantIds: ['kid'],
      eventIds: ['camp'],
    });
    await restoreBackup(parsed);
    const kid = await db.participants.get('kid');
    expect(kid?.firstName).not.toBe('Ola');
    expect(kid?.birthDate).toBeUndefined();
    expect(kid?.birthYear).toBeUndefined();
    expect(kid?.ageBand).toBe('from13to17');
    expect(await db.anonymisations.get('run-1')).toBeDefined();
  });

  it('applies the register kept outside the database (the data folder) to a restore into an empty database', async () => {
    await db.events.put({
      id: 'camp',
      title: 'Obóz',
      kind: 'youthCamp',
      allDay: true,
      start: '2026-07-10',
      end: '2026-07-20',
      place: {},
      host: 'home',
      partnerIds: [],
      status: 'done',
      series: 0,
      exceptions: [],
      ...stamps,
    });
    await db.participants.bulkPut(
      ['erased', 'kept'].map((id) => ({
        id,
        eventId: 'camp',
        occurrence: '2026-07-10',
        firstName: `Kanarek-${id}`,
        lastName: 'Nowak',
        birthYear: 2012,
        birthDate: '2012-03-04',
        role: 'participant' as const,
        sendingTown: 'home',
        status: 'attended' as const,
        consents: {},
        identified: 1 as const,
        ...stamps,
      })),
    );
    const parsed = await parseBackup((await createBackup('0.1.0')).text, options);
    await Promise.all(db.tables.map((t) => t.clear()));
    const outside = [
      {
        id: 'erasure-1',
        at: '2026-12-01T00:00:00.000Z',
        participantIds: [],
        eventIds: ['camp'],
        erasedIds: ['erased'],
      },
    ];
    await restoreBackup(parsed, undefined, outside);
    expect((await db.participants.toArray()).map((p) => p.firstName)).toEqual(['Kanarek-kept']);
    expect(await db.anonymisations.toArray()).toEqual(outside);
  });
});

describe('the restore preview', () => {
  it('shows counts now and in the file, and the file’s date range', async () => {
    await loadExampleData('2026-11-26');
    const parsed = await parseBackup(
      (await createBackup('0.1.0', undefined, new Date('2026-11-26T08:00:00Z'))).text,
      options,
    );
    await db.partners.clear();
    const preview = buildPreview(parsed.header, parsed.tables, await countAllTables());
    expect(preview.incoming.partners).toBe(parsed.tables.partners.length);
    expect(preview.current.partners).toBe(0);
    expect(preview.createdAt).toBe('2026-11-26T08:00:00.000Z');
    expect(preview.range?.from).toBe('1992-07-10');
  });
});
