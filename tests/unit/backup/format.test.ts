import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../shared/backup/base64';
import { BackupError } from '../../../shared/backup/errors';
import { readBackupHeader } from '../../../shared/backup/format';
import { serializeBackup } from '../../../shared/backup/write';
import { parseBackup, parseBackupObject } from '../../../shared/backup/parse';
import {
  autoBackupName,
  backupsToKeep,
  hasRegularBackupOn,
  isoWeek,
  localDay,
  parseAutoBackupName,
} from '../../../shared/backup/rotation';
import { backupReferences, checkReferences, historyLinks } from '../../../shared/backup/references';
import { backupTableNames, emptyTables } from '../../../shared/backup/tables';
import { upgradeFormat } from '../../../shared/backup/upgrade';
import { TwinningDb } from '../../../renderer/db/schema';
import { LOCAL_ONLY_TABLES } from '../../../shared/sync/types';
import { i18n, initI18n, loadLanguage } from '../../../renderer/i18n';
import { datasetArbitrary } from './helpers';

const meta = { appVersion: '0.1.0', schemaVersion: 1, createdAt: '2026-11-26T08:00:00.000Z' };
const options = { schemaVersion: 1 };

describe('the backup format', () => {
  it('holds every table of the database', () => {
    const tableNames = new TwinningDb('table-names').tables
      .map((t) => t.name)
      .filter((name) => !(LOCAL_ONLY_TABLES as readonly string[]).includes(name));
    expect([...backupTableNames].sort()).toEqual(tableNames.sort());
  });

  it('encodes any bytes as base64 and back, and refuses non-canonical text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
      }),
    );
    expect(bytesToBase64(new TextEncoder().encode('Zażółć'))).toBe(
      btoa(String.fromCharCode(...new TextEncoder().encode('Zażółć'))),
    );
    expect(base64ToBytes('QR==')).toBeNull();
    expect(base64ToBytes('QQ=')).toBeNull();
    expect(base64ToBytes('Q Q=')).toBeNull();
  });

  it('lets main read the header without the tables', async () => {
    const { text } = await serializeBackup(emptyTables(), meta);
    expect(readBackupHeader(text.slice(0, 2000))).toMatchObject({ ...meta, counts: { partners: 0 } });
    expect(readBackupHeader('{"format":"twinning-desk-backup-encrypted"}')).toBeNull();
  });

  it('refuses a file from a newer app, naming its version, in Polish and English', async () => {
    const doc = JSON.parse((await serializeBackup(emptyTables(), { ...meta, appVersion: '3.0.0' })).text) as Record<
      string,
      unknown
    >;
    const error = await parseBackupObject({ ...doc, schemaVersion: 2 }, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    await initI18n('pl');
    await loadLanguage('en');
    expect(i18n.t('backup:errors.newerSchema', { ...(error as BackupError).detail })).toContain('(3.0.0)');
    expect(i18n.t('backup:errors.newerSchema', { ...(error as BackupError).detail, lng: 'en' })).toContain(
      'newer version of the app (3.0.0)',
    );
    await expect(parseBackupObject({ ...doc, formatVersion: 2 }, options)).rejects.toMatchObject({
      code: 'newerFormat',
    });
  });

  it('refuses a file from a newer app version even with the same schema, and takes older and equal ones', async () => {
    const from = async (appVersion: string) => (await serializeBackup(emptyTables(), { ...meta, appVersion })).text;
    await expect(parseBackup(await from('0.2.0'), { ...options, appVersion: '0.1.9' })).rejects.toMatchObject({
      code: 'newerSchema',
      detail: { version: '0.2.0' },
    });
    await expect(parseBackup(await from('0.1.10'), { ...options, appVersion: '0.1.9' })).rejects.toMatchObject({
      code: 'newerSchema',
    });
    await expect(parseBackup(await from('1.0.0'), { ...options, appVersion: '0.9.9' })).rejects.toMatchObject({
      code: 'newerSchema',
    });
    for (const older of ['0.1.9', '0.1.0', '0.0.1', 'bench']) {
      await expect(parseBackup(await from(older), { ...options, appVersion: '0.1.9' })).resolves.toMatchObject({
        header: { appVersion: older },
      });
    }
  });

  it('refuses a file above the size cap before reading it', async () => {
    await expect(parseBackup('{}'.padEnd(2000, ' '), { ...options, maxBytes: 1000 })).rejects.toMatchObject({
      code: 'tooLarge',
    });
  });

  it('names the record and field that break a link', async () => {
    const tables = emptyTables();
    const stamps = { createdAt: meta.createdAt, updatedAt: meta.createdAt };
    tables.contacts.push({ id: 'c1', partnerId: 'gone', name: 'Anna', role: 'mayor', languages: [], ...stamps });
    const { text } = await serializeBackup(tables, meta);
    await expect(parseBackup(text, options)).rejects.toMatchObject({
      code: 'brokenReference',
      detail: { table: 'contacts', key: 'c1', field: 'partnerId' },
    });
  });
});

describe('upgrades of older formats', () => {
  it('run every step from the file’s format to the current one, in order', () => {
    const steps = {
      1: (d: Record<string, unknown>) => ({ ...d, formatVersion: 2, trail: ['1→2'] }),
      2: (d: Record<string, unknown>) => ({ ...d, formatVersion: 3, trail: [...(d.trail as string[]), '2→3'] }),
    };
    expect(upgradeFormat({ formatVersion: 1 }, 1, 3, steps)).toEqual({ formatVersion: 3, trail: ['1→2', '2→3'] });
    expect(upgradeFormat({ formatVersion: 3 }, 3, 3, steps)).toEqual({ formatVersion: 3 });
  });

  it('refuse a format with no step, and a newer one', () => {
    expect(() => upgradeFormat({}, 1, 3, { 1: (d) => d })).toThrow(BackupError);
    expect(() => upgradeFormat({}, 4, 3, {})).toThrow(expect.objectContaining({ code: 'newerFormat' }) as Error);
  });
});

describe('rotation of automatic backups', () => {
  const at = (iso: string, kind: 'daily' | 'quit' | 'safety' = 'daily') => autoBackupName(new Date(iso), kind);

  it('names files so that they sort by time and parse back', () => {
    const name = at('2026-11-26T08:15:30.250');
    expect(parseAutoBackupName(name)).toMatchObject({ kind: 'daily', day: '2026-11-26' });
    expect(parseAutoBackupName('../../etc/passwd')).toBeNull();
    expect(isoWeek('2026-11-26')).toBe('2026-W48');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
  });

  it('makes the daily backup unless a daily or on-quit one exists for today (a safety copy does not count)', () => {
    const today = new Date(2026, 10, 26, 10);
    const safety = { name: at('2026-11-26T08:00:00', 'safety'), kind: 'safety' as const };
    const yesterday = { name: at('2026-11-25T18:00:00', 'quit'), kind: 'quit' as const };
    const quit = { name: at('2026-11-26T00:30:00', 'quit'), kind: 'quit' as const };
    expect(localDay(today)).toBe('2026-11-26');
    expect(hasRegularBackupOn([safety, yesterday], localDay(today))).toBe(false);
    expect(hasRegularBackupOn([safety, yesterday, quit], localDay(today))).toBe(true);
  });

  it('keeps the newest of each of the last 7 days and of the last 8 weeks, and the last safety copies', () => {
    const names: string[] = [];
    for (let d = 0; d < 120; d++) {
      const date = new Date(Date.UTC(2026, 0, 1 + d, 9));
      const iso = date.toISOString().slice(0, 10);
      names.push(at(`${iso}T09:00:00`), at(`${iso}T17:00:00`, 'quit'));
      if (d % 10 === 0) names.push(at(`${iso}T12:00:00`, 'safety'));
    }
    const keep = backupsToKeep(names, { daily: 7, weekly: 8, safety: 5 });
    const kept = [...keep].map((n) => parseAutoBackupName(n)!);
    const regular = kept.filter((k) => k.kind !== 'safety');
    expect(kept.filter((k) => k.kind === 'safety')).toHaveLength(5);
    expect(regular.every((k) => k.kind === 'quit')).toBe(true);
    expect(new Set(regular.map((k) => isoWeek(k.day))).size).toBe(8);
    const days = regular
      .map((k) => k.day)
      .sort()
      .reverse();
    expect(days.slice(0, 7)).toEqual([
      '2026-04-30',
      '2026-04-29',
      '2026-04-28',
      '2026-04-27',
      '2026-04-26',
      '2026-04-25',
      '2026-04-24',
    ]);
    // 7 days of the last week and a half, plus one per older week up to 8 weeks: 7 + 6 = 13.
    expect(regular).toHaveLength(13);
  });
});

describe('links between records', () => {
  const stamps = { createdAt: meta.createdAt, updatedAt: meta.createdAt };
  it('are whole in every generated dataset, history links included', () => {
    fc.assert(
      fc.property(datasetArbitrary, (tables) => {
        expect(() => checkReferences(tables, [...backupReferences, ...historyLinks])).not.toThrow();
      }),
      { numRuns: 30 },
    );
  });

  it('accept a visit to a partner town deleted since (history), refuse a contact without its town', async () => {
    const tables = emptyTables();
    tables.visits.push({
      id: 'v1',
      direction: 'incoming',
      partnerIds: ['deleted-town'],
      title: 'Wizyta',
      start: '2020-05-01',
      end: '2020-05-02',
      status: 'done',
      members: [],
      programme: [],
      logistics: [],
      costs: [],
      ...stamps,
    });
    expect((await parseBackup((await serializeBackup(tables, meta)).text, options)).tables.visits).toHaveLength(1);
    tables.contacts.push({
      id: 'c1',
      partnerId: 'deleted-town',
      name: 'Anna',
      role: 'mayor',
      languages: [],
      ...stamps,
    });
    await expect(parseBackup((await serializeBackup(tables, meta)).text, options)).rejects.toMatchObject({
      code: 'brokenReference',
    });
  });
});
