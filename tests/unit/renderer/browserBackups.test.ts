import Dexie from 'dexie';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { serializeBackup } from '../../../shared/backup/write';
import { emptyTables } from '../../../shared/backup/tables';
import { createBrowserBackups } from '../../../renderer/platform/browserBackups';

afterAll(() => vi.useRealTimers());

const backupText = async (createdAt: string) =>
  (await serializeBackup(emptyTables(), { appVersion: '0.1.0', schemaVersion: 1, createdAt })).text;

describe("the browser stand-in's automatic backups", () => {
  it('lists backups from their entries alone, also those stored before the list had its own table', async () => {
    // A store as the first version left it: each file with its entry fields beside the text.
    const old = new Dexie('twinning-desk-backups');
    old.version(1).stores({ files: 'name' });
    await old.table('files').put({
      name: 'twinning-desk-auto-2026-11-20-090000000-daily.json',
      kind: 'daily',
      createdAt: '2026-11-20T08:00:00.000Z',
      size: 10,
      counts: null,
      data: await backupText('2026-11-20T08:00:00.000Z'),
    });
    old.close();

    const backups = createBrowserBackups();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T09:30:00'));
    const written = await backups.writeAutoBackup({
      kind: 'daily',
      data: await backupText('2026-11-26T08:30:00.000Z'),
    });
    expect(written).toMatchObject({
      ok: true,
      value: { kind: 'daily', createdAt: '2026-11-26T08:30:00.000Z', counts: { partners: 0 } },
    });

    const listed = await backups.listAutoBackups();
    if (!listed.ok) throw new Error('list failed');
    expect(listed.value.map((e) => e.createdAt)).toEqual(['2026-11-26T08:30:00.000Z', '2026-11-20T08:00:00.000Z']);
    expect(listed.value.every((e) => !('data' in e))).toBe(true);
    const first = await backups.readAutoBackup({ name: listed.value[1]!.name });
    expect(first.ok && first.value).toContain('"createdAt":"2026-11-20T08:00:00.000Z"');
  });
});
