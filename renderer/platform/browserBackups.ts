// The browser stand-in's automatic backups: kept in their own IndexedDB database, rotated like the desktop folder.
import Dexie, { type EntityTable } from 'dexie';
import { readBackupHeader } from '../../shared/backup/format';
import type { BackupSettings, WriteAutoBackupRequest } from '../../shared/backup/ipc';
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

class BackupFilesDb extends Dexie {
  files!: EntityTable<StoredFile, 'name'>;
  entries!: EntityTable<AutoBackupEntry, 'name'>;
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
  }
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

const settings = (): BackupSettings => ({ folder: null, rotation: rotation() });

async function write(request: WriteAutoBackupRequest): Promise<AutoBackupEntry> {
  const name = autoBackupName(currentTime(), request.kind);
  const header = readBackupHeader(request.data.slice(0, 64 * 1024));
  const entry: AutoBackupEntry = {
    name,
    kind: parseAutoBackupName(name)!.kind,
    createdAt: header?.createdAt ?? currentTime().toISOString(),
    size: new TextEncoder().encode(request.data).byteLength,
    counts: header?.counts ?? null,
  };
  const { files, entries } = store();
  await store().transaction('rw', files, entries, async () => {
    await files.put({ name, data: request.data });
    await entries.put(entry);
    const keep = [...backupsToKeep(await entries.toCollection().primaryKeys(), rotation())];
    await files.where('name').noneOf(keep).delete();
    await entries.where('name').noneOf(keep).delete();
  });
  return entry;
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
        return found.data;
      }),
    backupRequestDone: () => Promise.resolve(ok(null)),
    // A browser tab cannot hold its closing for a backup: the daily backup covers it.
    onBackupRequest: () => () => undefined,
  };
}
