// The restore as the worker runs it: checked records kept until confirmed, written in one transaction, with the outbox.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileAddress } from '../../../shared/backup/check';
import { decryptBackupBytes, encryptBackup } from '../../../shared/backup/crypto';
import { parseBackup } from '../../../shared/backup/parse';
import { backupTableNames, type BackupTables } from '../../../shared/backup/tables';
import { openSession, type Serve } from '../../../renderer/app/background';
import { createBackup } from '../../../renderer/db/backup/collect';
import { restoreBackup } from '../../../renderer/db/backup/restore';
import { db } from '../../../renderer/db/db';
import { openDatabaseInWorker, prepareDatabase } from '../../../renderer/db/open';
import { loadExampleData } from '../../../renderer/db/repositories/example';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { isTeamSyncOn, setTeamSyncOn } from '../../../renderer/db/sync/switch';
import { restoreWork, type RestoreMessage, type RestoreRequest } from '../../../renderer/features/backup/restoreWork';
import { createChosenFiles, withChosenFileRoute } from '../../../electron/chosenFiles';
import { freshDatabase } from '../../helpers/db';
import { databaseHash, datasetArbitrary, dumpDatabase, writeTables } from './helpers';

beforeEach(freshDatabase);
afterEach(() => {
  vi.restoreAllMocks();
  setTeamSyncOn(false);
  db.close();
});

/** A backup of another office than the one in the database, and the database's hash once it holds that office. */
async function otherOffice(seed: number) {
  await writeTables(fc.sample(datasetArbitrary, { numRuns: 1, seed })[0]!);
  const { text } = await createBackup('0.1.0');
  const hash = await databaseHash();
  await freshDatabase();
  await loadExampleData('2026-11-26');
  return { bytes: new TextEncoder().encode(text), hash, text };
}

/** The page's database as the app opens it: its middleware takes effect when the database opens. */
async function openAsPage() {
  db.close();
  prepareDatabase(db, isTeamSyncOn);
  await db.open();
}

/**
 * The worker's conversation as the page holds it (no Worker here: the same work runs in the page). The database
 * is closed first, so the work opens it with the worker's own set-up, as a worker's fresh instance would be.
 */
function conversation() {
  db.close();
  const messages: RestoreMessage[] = [];
  const waiters: (() => void)[] = [];
  /** The requests the work has taken and not yet finished (a closed session's included: the page cannot stop them). */
  const working = new Set<Promise<void>>();
  const work: Serve<RestoreRequest, RestoreMessage> = (post) => {
    const handle = restoreWork(openDatabaseInWorker)(post);
    return (request) => {
      const done = handle(request).finally(() => working.delete(done));
      working.add(done);
      return done;
    };
  };
  const session = openSession<RestoreRequest, RestoreMessage>({
    worker: () => {
      throw new Error('no workers in Node');
    },
    inPage: () => Promise.resolve(work),
    onMessage: (m) => {
      messages.push(m);
      waiters.splice(0).forEach((w) => w());
    },
    onFailure: (error) => {
      throw error;
    },
  });
  const until = async (type: RestoreMessage['type'] | 'failed') => {
    while (!messages.some((m) => m.type === type || m.type === 'failed'))
      await new Promise<void>((resolve) => waiters.push(resolve));
    return messages.find((m) => m.type === type || m.type === 'failed')!;
  };
  const idle = async () => {
    while (working.size > 0) await Promise.all(working);
  };
  return { session, messages, until, idle };
}

const check = (bytes: Uint8Array<ArrayBuffer> | FileAddress, teamSync = false): RestoreRequest => ({
  type: 'check',
  check: {
    file: bytes instanceof Uint8Array ? new Blob([bytes]) : bytes,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    appVersion: '0.1.0',
  },
  outside: [],
  teamSync,
});

describe('the restore in the worker', () => {
  it('previews without writing, then leaves the database wholly the backup', async () => {
    const { bytes, hash } = await otherOffice(5);
    const before = await databaseHash();
    const { session, messages, until } = conversation();
    session.send(check(bytes));
    const checked = await until('checked');
    expect(checked).toMatchObject({ type: 'checked', preview: { current: { partners: 6 } } });
    // The preview holds counts and warnings, not the records.
    expect(JSON.stringify(checked).length).toBeLessThan(3000);
    expect(await databaseHash()).toBe(before);

    session.send({ type: 'restore', teamSync: false });
    expect(await until('restored')).toEqual({ type: 'restored' });
    const writes = messages.flatMap((m) => (m.type === 'progress' && m.phase === 'write' ? [m.done] : []));
    expect(writes.at(-1)).toBe(1);
    expect(writes).toEqual([...writes].sort((a, b) => a - b));
    expect(await databaseHash()).toBe(hash);
    session.close();
  });

  it('changes nothing when the check is cancelled, and writes nothing asked of it afterwards', async () => {
    const { bytes } = await otherOffice(6);
    const before = await databaseHash();
    const { session, messages, until, idle } = conversation();
    session.send(check(bytes));
    await until('progress');
    session.close();
    session.send({ type: 'restore', teamSync: false });
    const heard = messages.length;
    // The work in the page reads on to its end, unheard; then another conversation runs to its end.
    await idle();
    const other = conversation();
    other.session.send(check(bytes));
    await other.until('checked');
    other.session.close();
    expect(messages.length).toBe(heard);
    expect(messages.some((m) => m.type === 'checked' || m.type === 'restored')).toBe(false);
    expect(await databaseHash()).toBe(before);
  });

  it('leaves the database wholly old, outbox included, when a write fails half-way', async () => {
    const { bytes } = await otherOffice(7);
    setTeamSyncOn(true);
    await openAsPage();
    const before = await databaseHash();
    const outboxBefore = await db.outbox.count();
    const { session, messages, until } = conversation();
    session.send(check(bytes, true));
    await until('checked');
    // Tables before visits are already cleared and refilled when the disk fills up.
    const visits = db.table('visits');
    vi.spyOn(visits, 'bulkPut').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    session.send({ type: 'restore', teamSync: true });
    expect(await until('restored')).toMatchObject({ type: 'failed', code: 'quota' });
    expect(messages.some((m) => m.type === 'progress' && m.phase === 'write' && m.done > 0)).toBe(true);
    vi.restoreAllMocks();
    expect(await databaseHash()).toBe(before);
    expect(await db.outbox.count()).toBe(outboxBefore);
    session.close();
  });

  it('writes the same outbox rows as a restore in the page when team sync is on', async () => {
    const { text, bytes } = await otherOffice(8);
    setTeamSyncOn(true);
    await openAsPage();
    const outboxOf = async () => (await db.outbox.toArray()).map((r) => `${r.op} ${r.table} ${r.key}`).sort();
    const old = await dumpDatabase();
    await db.outbox.clear();
    await restoreBackup(await parseBackup(text, { schemaVersion: CURRENT_SCHEMA_VERSION }));
    const inPage = await outboxOf();
    const pageHash = await databaseHash();

    // The same office as before that restore, then the same file through the worker.
    await openAsPage();
    await freshDatabase();
    await writeTables(old as unknown as BackupTables);
    await db.outbox.clear();
    // The page's flag is off now: only the worker's own outbox, told by the request, can write the rows.
    setTeamSyncOn(false);
    const { session, until } = conversation();
    session.send(check(bytes, true));
    await until('checked');
    session.send({ type: 'restore', teamSync: true });
    expect(await until('restored')).toEqual({ type: 'restored' });
    expect(await outboxOf()).toEqual(inPage);
    expect(inPage.some((row) => row.startsWith('put partners'))).toBe(true);
    expect(inPage.some((row) => row.startsWith('delete partners'))).toBe(true);
    expect(await databaseHash()).toBe(pageHash);
    expect(backupTableNames).toContain('partners');
    session.close();
  });

  it('takes the passphrase of an encrypted file in the same conversation, without the file being sent again', async () => {
    const { text, hash } = await otherOffice(9);
    const sealed = await encryptBackup(text, 'Ronnenberg1992', {
      appVersion: '0.1.0',
      createdAt: '2026-11-26T08:00:00Z',
    });
    const before = await databaseHash();
    const { session, messages } = conversation();
    /** The next answer after the `seen` messages heard so far: a preview or a refusal. */
    const answer = async (seen: number) => {
      while (!messages.slice(seen).some((m) => m.type === 'checked' || m.type === 'failed'))
        await new Promise((resolve) => setTimeout(resolve, 5));
      return messages.slice(seen).find((m) => m.type === 'checked' || m.type === 'failed')!;
    };
    session.send(check(new TextEncoder().encode(sealed)));
    expect(await answer(0)).toMatchObject({ type: 'failed', code: 'passphraseNeeded' });
    let seen = messages.length;
    session.send({ type: 'passphrase', passphrase: 'zle haslo', teamSync: false });
    expect(await answer(seen)).toMatchObject({ type: 'failed', code: 'wrongPassphrase' });
    seen = messages.length;
    session.send({ type: 'passphrase', passphrase: 'Ronnenberg1992', teamSync: false });
    expect(await answer(seen)).toMatchObject({
      type: 'checked',
      preview: { incoming: { partners: expect.any(Number) } },
    });
    expect(await databaseHash()).toBe(before);
    session.send({ type: 'restore', teamSync: false });
    while (!messages.some((m) => m.type === 'restored')) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await databaseHash()).toBe(hash);
    session.close();
  });

  it('reads a file chosen on the desktop from its one-time address, and takes its passphrase without a second read', async () => {
    const { text, hash } = await otherOffice(11);
    const sealed = await encryptBackup(text, 'Ronnenberg1992', {
      appVersion: '0.1.0',
      createdAt: '2026-11-26T08:00:00Z',
    });
    const dir = await mkdtemp(path.join(tmpdir(), 'twinning-address-'));
    try {
      const file = path.join(dir, 'kopia.twinning-backup');
      await writeFile(file, sealed);
      // Main's side as it runs: the dialog's path behind a token, served by the app:// route; fetches counted.
      const chosen = createChosenFiles();
      const serve = withChosenFileRoute(chosen, () => Promise.resolve(new Response('app', { status: 404 })));
      const fetched: number[] = [];
      vi.stubGlobal('fetch', async (url: string) => {
        const response = await serve(new Request(url));
        fetched.push(response.status);
        return response;
      });
      const url = `app://twinning-desk/import/${chosen.issue(file, 64 * 1024 * 1024)}`;
      const size = Buffer.byteLength(sealed);
      const { session, messages, until } = conversation();
      session.send(check({ url, size }));
      expect(await until('checked')).toMatchObject({ type: 'failed', code: 'passphraseNeeded' });
      messages.length = 0;
      session.send({ type: 'passphrase', passphrase: 'Ronnenberg1992', teamSync: false });
      expect(await until('checked')).toMatchObject({ type: 'checked' });
      expect(fetched).toEqual([200]);
      session.send({ type: 'restore', teamSync: false });
      expect(await until('restored')).toMatchObject({ type: 'restored' });
      expect(await databaseHash()).toBe(hash);
      session.close();
      // The address was good once: a second check of it is refused as unreadable, and nothing changes.
      const again = conversation();
      again.session.send(check({ url, size }));
      expect(await again.until('checked')).toMatchObject({ type: 'failed', code: 'unreadable' });
      expect(fetched).toEqual([200, 404]);
      again.session.close();
      await openAsPage();
      expect(await databaseHash()).toBe(hash);
    } finally {
      vi.unstubAllGlobals();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("writes the safety copy of the database as it is, stamped with the page's time, and changes nothing", async () => {
    const { bytes } = await otherOffice(13);
    const before = await databaseHash();
    const partners = await db.partners.count();
    const { session, until } = conversation();
    session.send(check(bytes));
    expect(await until('checked')).toMatchObject({ type: 'checked' });
    session.send({ type: 'backup', appVersion: '0.1.0', now: '2026-11-26T09:00:00.000Z', teamSync: false });
    const copy = await until('backup');
    if (copy.type !== 'backup') throw new Error(`no copy: ${JSON.stringify(copy)}`);
    const parsed = await parseBackup(copy.text, { schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(parsed.header.createdAt).toBe('2026-11-26T09:00:00.000Z');
    expect(parsed.tables.partners).toHaveLength(partners);
    session.close();
    await openAsPage();
    expect(await databaseHash()).toBe(before);
  });

  it('refuses a passphrase when no file waits for one', async () => {
    const { session, until } = conversation();
    session.send({ type: 'passphrase', passphrase: 'Ronnenberg1992', teamSync: false });
    expect(await until('checked')).toMatchObject({ type: 'failed', code: 'notBackup' });
    session.close();
  });
});

describe('a backup made in the worker', () => {
  const now = '2026-11-26T09:00:00.000Z';
  const ask = (passphrase?: string): RestoreRequest => ({
    type: 'backup',
    appVersion: '0.1.0',
    now,
    ...(passphrase === undefined ? {} : { passphrase }),
    teamSync: false,
  });

  it('is the same file the page makes of the database, with its progress rising to 1 first', async () => {
    await loadExampleData('2026-11-26');
    const { text: made } = await createBackup('0.1.0', undefined, new Date(now));
    const { session, messages, until } = conversation();
    session.send(ask());
    const backup = await until('backup');
    if (backup.type !== 'backup') throw new Error(`no backup: ${JSON.stringify(backup)}`);
    expect(backup.text).toBe(made);
    const progress = messages.flatMap((m) => (m.type === 'progress' ? [m] : []));
    expect(progress.every((m) => m.phase === 'backup')).toBe(true);
    const done = progress.map((m) => m.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.length).toBeGreaterThan(2);
    expect(done.at(-1)).toBe(1);
    expect(messages.indexOf(backup)).toBe(messages.length - 1);
    session.close();
  });

  it('with a passphrase, is encrypted and decrypts back to the same file', async () => {
    await loadExampleData('2026-11-26');
    const { text: made } = await createBackup('0.1.0', undefined, new Date(now));
    const { session, until } = conversation();
    session.send(ask('Ronnenberg1992'));
    const backup = await until('backup');
    if (backup.type !== 'backup') throw new Error(`no backup: ${JSON.stringify(backup)}`);
    const doc = JSON.parse(backup.text) as Record<string, unknown>;
    expect(doc).toMatchObject({ format: 'twinning-desk-backup-encrypted', appVersion: '0.1.0', createdAt: now });
    expect(backup.text).not.toContain('Ronnenberg');
    expect(new TextDecoder().decode(await decryptBackupBytes(doc, 'Ronnenberg1992'))).toBe(made);
    session.close();
  });
});
