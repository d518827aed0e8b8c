import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupRequester, installQuitBackup } from '../../electron/backup/quit';
import { listAutoBackups, readAutoBackup, rotateAutoBackups, writeAutoBackup } from '../../electron/backup/store';
import { backupHandlers } from '../../electron/ipc/backup';
import { createListener } from '../../electron/ipc/handle';
import { serializeBackup } from '../../shared/backup/write';
import { autoBackupName, DEFAULT_ROTATION } from '../../shared/backup/rotation';
import { emptyTables } from '../../shared/backup/tables';
import { failingAt } from '../helpers/failingFs';
import { fakeSafeStorage } from '../helpers/fakeSafeStorage';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'twinning-backup-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const backupText = async (createdAt = '2026-11-26T08:00:00.000Z') =>
  (await serializeBackup(emptyTables(), { appVersion: '0.1.0', schemaVersion: 1, createdAt })).text;

describe('automatic backups in a real folder', () => {
  it('writes a backup atomically and lists it with its date, size and counts', async () => {
    const folder = path.join(dir, 'Twinning Desk', 'Backups');
    const text = await backupText();
    const entry = await writeAutoBackup(
      { folder, rotation: DEFAULT_ROTATION, now: () => new Date(2026, 10, 26, 9, 30) },
      { kind: 'daily', data: text },
    );
    expect(entry).toMatchObject({
      kind: 'daily',
      createdAt: '2026-11-26T08:00:00.000Z',
      size: Buffer.byteLength(text),
      counts: { partners: 0 },
    });
    expect(await readdir(folder)).toEqual([entry.name]);
    expect(await listAutoBackups(folder)).toEqual([entry]);
    expect(await readAutoBackup(folder, entry.name)).toBe(text);
  });

  it.each([
    ['open', 'EACCES'],
    ['write', 'ENOSPC'],
    ['sync', 'EIO'],
    ['rename', 'EPERM'],
  ] as const)('keeps the previous backups and leaves no temp file when %s fails with %s', async (step, code) => {
    const now = () => new Date(2026, 10, 26, 9, 30);
    const previous = autoBackupName(now(), 'daily');
    await writeFile(path.join(dir, previous), 'previous backup');
    const store = { folder: dir, rotation: DEFAULT_ROTATION, now, fs: failingAt(step, code) };
    await expect(writeAutoBackup(store, { kind: 'daily', data: await backupText() })).rejects.toMatchObject({ code });
    expect(await readdir(dir)).toEqual([previous]);
    expect(await readFile(path.join(dir, previous), 'utf8')).toBe('previous backup');
  });

  it('keeps exactly the configured backups after 60 days of daily and quit backups', async () => {
    const text = await backupText();
    for (let d = 0; d < 60; d++) {
      for (const [hour, kind] of [
        [9, 'daily'],
        [18, 'quit'],
      ] as const) {
        await writeAutoBackup(
          { folder: dir, rotation: { daily: 3, weekly: 2, safety: 1 }, now: () => new Date(2026, 0, 1 + d, hour) },
          { kind, data: text },
        );
      }
    }
    await writeFile(path.join(dir, 'notes.txt'), 'not a backup');
    await rotateAutoBackups(dir, { daily: 3, weekly: 2, safety: 1 });
    // 1 March 2026 is a Sunday: the last three days are 27 Feb – 1 Mar, the two weeks W09 and W08.
    expect((await readdir(dir)).sort()).toEqual(
      [
        autoBackupName(new Date(2026, 1, 22, 18), 'quit'),
        autoBackupName(new Date(2026, 1, 27, 18), 'quit'),
        autoBackupName(new Date(2026, 1, 28, 18), 'quit'),
        autoBackupName(new Date(2026, 2, 1, 18), 'quit'),
        'notes.txt',
      ].sort(),
    );
  });

  it('reads only files named like automatic backups inside the folder', async () => {
    await writeFile(path.join(dir, 'secret.json'), '{}');
    await expect(readAutoBackup(dir, '../secret.json')).rejects.toMatchObject({ code: 'not-found' });
    await expect(readAutoBackup(dir, 'secret.json')).rejects.toMatchObject({ code: 'not-found' });
    expect(await listAutoBackups(path.join(dir, 'missing'))).toEqual([]);
  });
});

describe('the backup channels', () => {
  const deps = (showOpenDialog = vi.fn(), keychain = true) => ({
    dialog: { showOpenDialog },
    window: () => null,
    configFile: path.join(dir, 'config', 'backup-settings.json'),
    documentsFolder: () => path.join(dir, 'Documents'),
    requester: createBackupRequester(50),
    safeStorage: fakeSafeStorage(keychain),
    keyFile: path.join(dir, 'config', 'backup-key.bin'),
  });

  it('defaults to a folder in the documents and keeps 7 daily and 8 weekly', async () => {
    const handlers = backupHandlers(deps());
    expect(await handlers.backupSettings()).toEqual({
      folder: path.join(dir, 'Documents', 'Twinning Desk', 'Backups'),
      rotation: { daily: 7, weekly: 8, safety: 5 },
      encryptedAtRest: true,
    });
  });

  it('says the automatic backups are not encrypted when no keychain can seal the key, and they are indeed plain', async () => {
    const handlers = backupHandlers(deps(vi.fn(), false));
    expect(await handlers.backupSettings()).toMatchObject({ encryptedAtRest: false });
    const text = await backupText();
    await handlers.writeAutoBackup({ kind: 'safety', data: text });
    const folder = path.join(dir, 'Documents', 'Twinning Desk', 'Backups');
    const [name] = await readdir(folder);
    expect(await readFile(path.join(folder, name!), 'utf8')).toBe(text);
  });

  it('takes the folder only from the native dialog, and tells a cancel apart', async () => {
    const chosen = path.join(dir, 'Pendrive');
    const dialog = vi
      .fn()
      .mockResolvedValueOnce({ canceled: true, filePaths: [] })
      .mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    const handlers = backupHandlers(deps(dialog));
    expect(await handlers.chooseBackupFolder()).toEqual({ canceled: true });
    expect(await handlers.chooseBackupFolder()).toMatchObject({ folder: chosen });
    await handlers.writeAutoBackup({ kind: 'safety', data: await backupText() });
    expect(await readdir(chosen)).toHaveLength(1);
    expect(await handlers.setBackupRotation({ daily: 3, weekly: 0, safety: 2 })).toMatchObject({
      folder: chosen,
      rotation: { daily: 3, weekly: 0 },
    });
  });

  it('refuses a read request whose name is not an automatic backup', async () => {
    const listener = createListener('readAutoBackup', backupHandlers(deps()).readAutoBackup, () => true);
    const event = { senderFrame: { parent: null, url: 'app://twinning-desk/index.html' } } as never;
    expect(await listener(event, { name: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });
});

describe('the backup before quitting', () => {
  class FakeWindow extends EventEmitter {
    closes = 0;
    webContents = { send: vi.fn() };
    close(): void {
      this.closes++;
      const event = {
        defaultPrevented: false,
        preventDefault() {
          this.defaultPrevented = true;
        },
      };
      this.emit('close', event);
      if (!event.defaultPrevented) this.emit('closed');
    }
  }

  it('holds the close until the renderer answers, then closes once', async () => {
    const requester = createBackupRequester(5_000);
    const win = new FakeWindow();
    const closed = new Promise((resolve) => win.once('closed', resolve));
    installQuitBackup(win as never, requester);
    win.close();
    win.close();
    expect(win.webContents.send).toHaveBeenCalledTimes(1);
    expect(win.webContents.send).toHaveBeenCalledWith('twinning:backupRequest');
    requester.answered();
    await closed;
    expect(win.closes).toBe(3);
  });

  it('closes after the timeout when the renderer never answers', async () => {
    const requester = createBackupRequester(20);
    expect(await requester.request(() => undefined)).toBe('timeout');
  });
});
