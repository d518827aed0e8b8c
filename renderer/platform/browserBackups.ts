// The browser stand-in's automatic backups: kept in their own IndexedDB database, rotated like the desktop
// folder, encrypted at rest with a key the browser keeps non-extractable (the desktop seals its key by the keychain).
import Dexie, { type EntityTable } from 'dexie';
import { base64ToBytes, bytesToBase64 } from '../../shared/backup/base64';
import { readBackupHeader } from '../../shared/backup/format';
import type { BackupSettings, RewriteAutoBackupRequest, WriteAutoBackupRequest } from '../../shared/backup/ipc';
import {
  DEFAULT_ROTATION,
  autoBackupName,
  backupsToKeep,
  parseAutoBackupName,
  rotationSchema,
  sortEntriesNewestFirst,
  type AutoBackupEntry,
  type RotationPolicy,
} from '../../shared/backup/rotation';
import { canceled, fail, ok } from '../../shared/result';
import type { Platform } from './types';
import { currentTime } from '../app/today';

/** A backup's text, kept apart from its entry: listing the backups never reads the files themselves. */
interface StoredFile {
  name: string;
  data: string;
}

const ROTATION_KEY = 'twinning.backupRotation';

/** The one key of the stand-in's backups: a WebCrypto key that cannot be read out of the browser. */
interface StoredKey {
  id: 'backups';
  key: CryptoKey;
}

class BackupFilesDb extends Dexie {
  files!: EntityTable<StoredFile, 'name'>;
  entries!: EntityTable<AutoBackupEntry, 'name'>;
  keys!: EntityTable<StoredKey, 'id'>;
  constructor() {
    super('twinning-desk-backups');
    this.version(1).stores({ files: 'name' });
    // Version 2: the list (name, date, size, counts) in a table of its own, filled from the files once.
    this.version(2)
      .stores({ files: 'name', entries: 'name' })
      .upgrade(async (tx) => {
        await tx
          .table<AutoBackupEntry & { data: string }>('files')
          .each(({ data: _data, ...rest }) => tx.table('entries').put(rest));
      });
    // Version 3: the key that encrypts the files at rest.
    this.version(3).stores({ files: 'name', entries: 'name', keys: 'id' });
  }
}

const SEALED = '{"format":"twinning-desk-auto-sealed"';

async function backupKey(): Promise<CryptoKey> {
  const found = await store().keys.get('backups');
  if (found) return found.key;
  const key = await globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  await store().keys.put({ id: 'backups', key });
  return key;
}

async function seal(plain: string): Promise<string> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const data = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    await backupKey(),
    new TextEncoder().encode(plain),
  );
  return `${SEALED},"iv":"${bytesToBase64(iv)}","data":"${bytesToBase64(new Uint8Array(data))}"}`;
}

async function unseal(text: string): Promise<string> {
  if (!text.startsWith(SEALED)) return text;
  const doc = JSON.parse(text) as { iv: string; data: string };
  const [iv, data] = [base64ToBytes(doc.iv), base64ToBytes(doc.data)];
  if (!iv || !data) throw new Error('damaged');
  const plain = await globalThis.crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: new Uint8Array(iv) },
    await backupKey(),
    new Uint8Array(data),
  );
  return new TextDecoder().decode(plain);
}

let files: BackupFilesDb | undefined;
const store = () => (files ??= new BackupFilesDb());

function rotation(): RotationPolicy {
  try {
    const parsed = rotationSchema.safeParse(JSON.parse(globalThis.localStorage?.getItem(ROTATION_KEY) ?? 'null'));
    return parsed.success ? parsed.data : DEFAULT_ROTATION;
  } catch {
    return DEFAULT_ROTATION;
  }
}

const settings = (): BackupSettings => ({ folder: null, rotation: rotation(), encryptedAtRest: true });

function entryOf(name: string, plain: string, sealed: string): AutoBackupEntry {
  const header = readBackupHeader(plain.slice(0, 64 * 1024));
  return {
    name,
    kind: parseAutoBackupName(name)!.kind,
    createdAt: header?.createdAt ?? currentTime().toISOString(),
    size: new TextEncoder().encode(sealed).byteLength,
    counts: header?.counts ?? null,
  };
}

async function write(request: WriteAutoBackupRequest): Promise<AutoBackupEntry> {
  const name = autoBackupName(currentTime(), request.kind);
  const data = await seal(request.data);
  const entry = entryOf(name, request.data, data);
  const { files, entries } = store();
  await store().transaction('rw', files, entries, async () => {
    await files.put({ name, data });
    await entries.put(entry);
    const keep = [...backupsToKeep(await entries.toCollection().primaryKeys(), rotation())];
    await files.where('name').noneOf(keep).delete();
    await entries.where('name').noneOf(keep).delete();
  });
  return entry;
}

async function rewrite({ name, data }: RewriteAutoBackupRequest): Promise<AutoBackupEntry> {
  const sealed = await seal(data);
  const entry = entryOf(name, data, sealed);
  const { files, entries } = store();
  await store().transaction('rw', files, entries, async () => {
    if (!(await entries.get(name))) throw new Error('missing');
    await files.put({ name, data: sealed });
    await entries.put(entry);
  });
  return entry;
}

async function remove(name: string): Promise<null> {
  const { files, entries } = store();
  await store().transaction('rw', files, entries, async () => {
    await files.delete(name);
    await entries.delete(name);
  });
  return null;
}

const guard = async <T>(work: () => Promise<T>) => {
  try {
    return ok(await work());
  } catch {
    return fail('io', 'The backup store could not be used.');
  }
};

export function createBrowserBackups(): Pick<
  Platform,
  | 'backupSettings'
  | 'setBackupRotation'
  | 'chooseBackupFolder'
  | 'writeAutoBackup'
  | 'listAutoBackups'
  | 'readAutoBackup'
  | 'rewriteAutoBackup'
  | 'deleteAutoBackup'
  | 'backupRequestDone'
  | 'onBackupRequest'
> {
  return {
    backupSettings: () => Promise.resolve(ok(settings())),
    setBackupRotation: (request) =>
      guard(async () => {
        globalThis.localStorage?.setItem(ROTATION_KEY, JSON.stringify(rotationSchema.parse(request)));
        return settings();
      }),
    chooseBackupFolder: () => Promise.resolve(ok(canceled)),
    writeAutoBackup: (request) => guard(() => write(request)),
    listAutoBackups: () => guard(async () => sortEntriesNewestFirst(await store().entries.toArray())),
    readAutoBackup: ({ name }) =>
      guard(async () => {
        const found = await store().files.get(name);
        if (!found) throw new Error('missing');
        return unseal(found.data);
      }),
    rewriteAutoBackup: (request) => guard(() => rewrite(request)),
    deleteAutoBackup: ({ name }) => guard(() => remove(name)),
    backupRequestDone: () => Promise.resolve(ok(null)),
    // A browser tab cannot hold its closing for a backup: the daily backup covers it.
    onBackupRequest: () => () => undefined,
  };
}
