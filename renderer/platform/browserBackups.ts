// The browser stand-in's automatic backups: kept in their own IndexedDB database, rotated like the desktop folder.
import Dexie, { type EntityTable } from 'dexie';
import { readBackupHeader } from '../../shared/backup/format';
import type { BackupSettings, WriteAutoBackupRequest } from '../../shared/backup/ipc';
import {
  DEFAULT_ROTATION, autoBackupName, backupsToKeep, parseAutoBackupName, rotationSchema, sortEntriesNewestFirst,
  type AutoBackupEntry, type RotationPolicy,
} from '../../shared/backup/rotation';
import { canceled, fail, ok } from '../../shared/result';
import type { Platform } from './types';

interface StoredBackup extends AutoBackupEntry {
  data: string;
}

const ROTATION_KEY = 'twinning.backupRotation';

class BackupFilesDb extends Dexie {
  files!: EntityTable<StoredBackup, 'name'>;
  constructor() {
    super('twinning-desk-backups');
    this.version(1).stores({ files: 'name' });
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
const entry = ({ data: _data, ...rest }: StoredBackup): AutoBackupEntry => rest;

async function write(request: WriteAutoBackupRequest): Promise<AutoBackupEntry> {
  const name = autoBackupName(new Date(), request.kind);
  const header = readBackupHeader(request.data.slice(0, 64 * 1024));
  const stored: StoredBackup = {
    name,
    kind: parseAutoBackupName(name)!.kind,
    createdAt: header?.createdAt ?? new Date().toISOString(),
    size: new TextEncoder().encode(request.data).byteLength,
    counts: header?.counts ?? null,
    data: request.data,
  };
  await store().transaction('rw', store().files, async () => {
    await store().files.put(stored);
    const keep = backupsToKeep(await store().files.toCollection().primaryKeys(), rotation());
    await store().files.where('name').noneOf([...keep]).delete();
  });
  return entry(stored);
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
  'backupSettings' | 'setBackupRotation' | 'chooseBackupFolder' | 'writeAutoBackup' | 'listAutoBackups' | 'readAutoBackup' | 'backupRequestDone' | 'onBackupRequest'
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
    listAutoBackups: () => guard(async () => sortEntriesNewestFirst((await store().files.toArray()).map(entry))),
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
