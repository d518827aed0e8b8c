import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateBackupKey } from '../../electron/backup/sealed';
import { listAutoBackups } from '../../electron/backup/store';
import { backupHandlers } from '../../electron/ipc/backup';
import { createBackupRequester } from '../../electron/backup/quit';
import { createListener } from '../../electron/ipc/handle';
import { privacyHandlers } from '../../electron/ipc/privacy';
import { ERASURE_REGISTER_FILE } from '../../electron/privacy/erasureRegister';
import { serializeBackup } from '../../shared/backup/write';
import { parseBackup } from '../../shared/backup/parse';
import { emptyTables, type BackupTables } from '../../shared/backup/tables';
import type { Participant } from '../../shared/domain';
import { replayRegister } from '../../shared/exchanges/erasureRegister';
import { fakeSafeStorage } from '../helpers/fakeSafeStorage';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'twinning-privacy-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const child: Participant = {
  id: 'child-1',
  eventId: 'camp',
  occurrence: '2026-07-10',
  firstName: 'Kanarynka',
  lastName: 'Qwxpolska',
  birthDate: '2014-03-17',
  birthYear: 2014,
  role: 'participant',
  sendingTown: 'home',
  guardianName: 'Opiekunzyxw Teodora',
  status: 'attended',
  consents: {},
  identified: 1,
  ...stamps,
};

async function backupWithChild(): Promise<string> {
  const tables: BackupTables = { ...emptyTables(), participants: [child] };
  return (
    await serializeBackup(tables, { appVersion: '0.1.0', schemaVersion: 1, createdAt: '2026-11-01T08:00:00.000Z' })
  ).text;
}

const event = { senderFrame: { parent: null, url: 'app://twinning-desk/index.html' } } as never;

describe('the register of erasures in the app data folder', () => {
  it('survives a wiped database: a restart reads it back and a restore of an older backup erases the child again', async () => {
    const userData = path.join(dir, 'userData');
    const older = await backupWithChild();
    const erasure = {
      id: 'erasure-1',
      at: '2026-12-01T10:00:00.000Z',
      participantIds: [],
      eventIds: ['camp'],
      erasedIds: ['child-1'],
    };
    const add = createListener(
      'addToErasureRegister',
      privacyHandlers({ registerFile: path.join(userData, ERASURE_REGISTER_FILE) }).addToErasureRegister,
      () => true,
    );
    expect(await add(event, { records: [erasure] })).toEqual({ ok: true, value: [erasure] });

    // The database (IndexedDB in the profile) is wiped; the app starts again with the same data folder.
    await rm(path.join(userData, 'IndexedDB'), { recursive: true, force: true });
    const restarted = privacyHandlers({ registerFile: path.join(userData, ERASURE_REGISTER_FILE) });
    const register = await restarted.readErasureRegister();
    expect(register).toEqual([erasure]);
    const file = await readFile(path.join(userData, ERASURE_REGISTER_FILE), 'utf8');
    expect(file).not.toContain('Kanarynka');

    const parsed = await parseBackup(older, { schemaVersion: 1 });
    const replay = replayRegister(parsed.tables.participants, register, '2026-12-06T00:00:00.000Z');
    expect(replay.erase).toEqual(['child-1']);
  });

  it('merges as a union: adding the same record twice or two records at once loses none and repeats none', async () => {
    const handlers = privacyHandlers({ registerFile: path.join(dir, ERASURE_REGISTER_FILE) });
    const a = { id: 'a', at: '2026-12-01T10:00:00.000Z', participantIds: ['p1'], eventIds: ['camp'] };
    const b = { id: 'b', at: '2026-12-02T10:00:00.000Z', participantIds: ['p2'], eventIds: ['camp'] };
    await Promise.all([
      handlers.addToErasureRegister({ records: [a] }),
      handlers.addToErasureRegister({ records: [b] }),
    ]);
    expect(await handlers.addToErasureRegister({ records: [a] })).toEqual([a, b]);
    expect(await readdir(dir)).toEqual([ERASURE_REGISTER_FILE]);
  });

  it('refuses a damaged register file instead of overwriting it, and refuses a payload that is not a register', async () => {
    const registerFile = path.join(dir, ERASURE_REGISTER_FILE);
    await writeFile(registerFile, '{"format":"twinning-desk-erasure-register","records":[{"id":');
    const handlers = privacyHandlers({ registerFile });
    const read = createListener('readErasureRegister', handlers.readErasureRegister, () => true);
    expect(await read(event, undefined)).toMatchObject({ ok: false, error: { code: 'io' } });
    await expect(handlers.addToErasureRegister({ records: [] })).rejects.toThrow();
    expect(await readFile(registerFile, 'utf8')).toContain('"records":[{"id":');
    const add = createListener('addToErasureRegister', handlers.addToErasureRegister, () => true);
    expect(await add(event, { records: [{ id: 'x', participantIds: 'all' }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });
});

describe('the register file across versions', () => {
  const old = { id: 'old-run', at: '2026-06-01T10:00:00.000Z', participantIds: ['p1'], eventIds: ['camp'] };
  const people = {
    id: 'people-run',
    at: '2026-12-05T10:00:00.000Z',
    participantIds: [],
    eventIds: [],
    contactIds: ['contact-1'],
    members: [{ visitId: 'visit-1', memberId: 'member-1' }],
  };

  it('loads a file written before contacts and members were recorded, and adds their records to it', async () => {
    const registerFile = path.join(dir, ERASURE_REGISTER_FILE);
    await writeFile(registerFile, JSON.stringify({ format: 'twinning-desk-erasure-register', records: [old] }));
    const handlers = privacyHandlers({ registerFile });
    expect(await handlers.readErasureRegister()).toEqual([old]);
    const add = createListener('addToErasureRegister', handlers.addToErasureRegister, () => true);
    expect(await add(event, { records: [people] })).toEqual({ ok: true, value: [old, people] });
    expect(await privacyHandlers({ registerFile }).readErasureRegister()).toEqual([old, people]);
  });

  it('refuses a member record without its visit', async () => {
    const handlers = privacyHandlers({ registerFile: path.join(dir, ERASURE_REGISTER_FILE) });
    const add = createListener('addToErasureRegister', handlers.addToErasureRegister, () => true);
    const broken = { ...people, members: [{ memberId: 'member-1' }] };
    expect(await add(event, { records: [broken] })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await handlers.readErasureRegister()).toEqual([]);
  });

  it('a backup carries both kinds, and a backup with only the older kind still opens', async () => {
    const meta = { appVersion: '0.1.0', schemaVersion: 1, createdAt: '2026-11-01T08:00:00.000Z' };
    for (const anonymisations of [[old], [old, people]]) {
      const { text } = await serializeBackup({ ...emptyTables(), anonymisations }, meta);
      expect((await parseBackup(text, { schemaVersion: 1 })).tables.anonymisations).toEqual(anonymisations);
    }
  });
});

describe('automatic backups encrypted at rest', () => {
  const deps = (safeStorage = fakeSafeStorage()) => ({
    dialog: { showOpenDialog: () => Promise.reject(new Error('no dialog')) },
    window: () => null,
    configFile: path.join(dir, 'config', 'backup-settings.json'),
    documentsFolder: () => path.join(dir, 'Documents'),
    requester: createBackupRequester(50),
    safeStorage,
    keyFile: path.join(dir, 'config', 'backup-key.bin'),
  });
  const folder = () => path.join(dir, 'Documents', 'Twinning Desk', 'Backups');

  it('writes no personal data to disk, lists the backup with its date and counts, and reads it back', async () => {
    const safeStorage = fakeSafeStorage();
    const handlers = backupHandlers(deps(safeStorage));
    const text = await backupWithChild();
    const entry = await handlers.writeAutoBackup({ kind: 'daily', data: text });
    const raw = await readFile(path.join(folder(), entry.name), 'utf8');
    expect(raw).not.toContain('Kanarynka');
    expect(raw).not.toContain('Opiekunzyxw');
    expect(entry).toMatchObject({ createdAt: '2026-11-01T08:00:00.000Z', counts: { participants: 1 } });
    expect(await listAutoBackups(folder())).toEqual([entry]);
    expect(await handlers.readAutoBackup({ name: entry.name })).toBe(text);
    // The key is sealed by the keychain once, and the same key opens the backup after a restart.
    expect(safeStorage.sealed).toBe(1);
    expect(await backupHandlers(deps(safeStorage)).readAutoBackup({ name: entry.name })).toBe(text);
    expect(await readFile(path.join(dir, 'config', 'backup-key.bin'), 'utf8')).toMatch(/^keychain:/);
  });

  it('rewrites a backup in place and deletes one the user picks; names outside the pattern are refused', async () => {
    const handlers = backupHandlers(deps());
    const entry = await handlers.writeAutoBackup({ kind: 'daily', data: await backupWithChild() });
    const cleaned = (
      await serializeBackup(emptyTables(), {
        appVersion: '0.1.0',
        schemaVersion: 1,
        createdAt: '2026-11-01T08:00:00.000Z',
      })
    ).text;
    expect(await handlers.rewriteAutoBackup({ name: entry.name, data: cleaned })).toMatchObject({
      name: entry.name,
      counts: { participants: 0 },
    });
    expect(await handlers.readAutoBackup({ name: entry.name })).toBe(cleaned);
    expect(await handlers.deleteAutoBackup({ name: entry.name })).toBeNull();
    expect(await listAutoBackups(folder())).toEqual([]);
    const remove = createListener('deleteAutoBackup', handlers.deleteAutoBackup, () => true);
    expect(await remove(event, { name: '../backup-key.bin' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('writes plain backups where the system has no keychain encryption, and never replaces a key it cannot open', async () => {
    const handlers = backupHandlers(deps(fakeSafeStorage(false)));
    const entry = await handlers.writeAutoBackup({ kind: 'daily', data: await backupWithChild() });
    expect(await readFile(path.join(folder(), entry.name), 'utf8')).toContain('Kanarynka');
    const keyFile = path.join(dir, 'damaged-key.bin');
    await writeFile(keyFile, 'not sealed');
    await expect(loadOrCreateBackupKey(keyFile, fakeSafeStorage())).rejects.toThrow();
    expect(await readFile(keyFile, 'utf8')).toBe('not sealed');
  });
});
