// Benchmark build only: a backup of about `targetBytes` checked as the restore dialog checks it, with the page's long tasks and heap.
import { createBackup } from '../db/backup/collect';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { serializeBackup } from '../../shared/backup/write';
import type { BackupTables } from '../../shared/backup/tables';
import { checkBackupFile, type OpenedBackup } from '../features/backup/flows';
import { BackupError } from '../../shared/backup/errors';

interface Heap {
  usedJSHeapSize: number;
}
const heapNow = () => (performance as Performance & { memory?: Heap }).memory?.usedJSHeapSize ?? 0;

/**
 * The office's own backup, its events copied under new ids until the file reaches `targetBytes`; with a passphrase,
 * that file encrypted as "Back up now" encrypts it (the encrypted file is about a third larger).
 */
async function bigBackupBytes(targetBytes: number, passphrase?: string): Promise<Uint8Array> {
  const office = await createBackup('bench');
  const tables = (JSON.parse(office.text) as { tables: BackupTables }).tables;
  const originals = tables.events.slice();
  const perCopy = JSON.stringify(originals).length;
  const copies = Math.max(0, Math.ceil((targetBytes - office.text.length) / Math.max(1, perCopy)));
  for (let k = 1; k <= copies; k++) for (const e of originals) tables.events.push({ ...e, id: `${e.id}~${k}` });
  const meta = { appVersion: 'bench', schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: new Date().toISOString() };
  const { text } = await serializeBackup(tables, meta);
  if (passphrase === undefined) return new TextEncoder().encode(text);
  const { encryptBackup } = await import('../../shared/backup/crypto');
  return new TextEncoder().encode(await encryptBackup(text, passphrase, meta));
}

/** The file of the next `bigBackupCheck`, built apart so the check's own heap and blocks can be told from its making. */
let prepared: File | undefined;

export async function bigBackupPrepare(targetBytes: number, passphrase?: string): Promise<number> {
  prepared = new File([(await bigBackupBytes(targetBytes, passphrase)) as Uint8Array<ArrayBuffer>], 'big.json', {
    type: 'application/json',
  });
  return prepared.size;
}

/** Watches the main thread while `work` runs: long tasks, and the largest lateness of a 16 ms timer. */
async function mainThreadBlocks<T>(work: () => Promise<T>, onTick?: () => void) {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
  observer.observe({ type: 'longtask' });
  let maxGap = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last - 16);
    last = now;
    onTick?.();
  }, 16);
  try {
    const value = await work();
    await new Promise((r) => setTimeout(r, 100));
    return { value, longestTaskMs: Math.max(0, ...longTasks), longTasks: longTasks.length, longestGapMs: maxGap };
  } finally {
    clearInterval(timer);
    observer.disconnect();
  }
}

/** The last check's result, kept for `bigBackupSafetyCopy` (the worker holds its records until released). */
let checked: OpenedBackup | undefined;

/**
 * Times the restore dialog's own check (in a worker, which keeps the records) and preview of a large backup: until
 * the first progress report and until the preview is ready; the longest main-thread block (long tasks, and the
 * largest gap of a 16 ms timer) and the page's peak JS heap above the level before the check. The file is the one
 * `bigBackupPrepare` built, or built here. The checked backup is kept for `bigBackupSafetyCopy`. An encrypted file
 * is checked as the dialog checks it: refused for want of the passphrase, then opened with it in the same worker.
 */
export async function bigBackupCheck(targetBytes: number, passphrase?: string) {
  const file =
    prepared ?? new File([(await bigBackupBytes(targetBytes, passphrase)) as Uint8Array<ArrayBuffer>], 'big.json');
  prepared = undefined;
  checked?.release();
  const fileBytes = file.size;
  await new Promise((r) => setTimeout(r, 200));
  const heapBefore = heapNow();
  let heapPeak = heapBefore;
  const started = performance.now();
  let firstProgressMs: number | undefined;
  const check = await mainThreadBlocks(
    async () => {
      const check = checkBackupFile(file, () => (firstProgressMs ??= performance.now() - started));
      const opened =
        passphrase === undefined
          ? await check.result
          : await check.result.then(
              () => {
                throw new Error('an encrypted file was opened without its passphrase');
              },
              (error: unknown) => {
                if (!(error instanceof BackupError) || error.code !== 'passphraseNeeded') throw error;
                return check.unlock(passphrase);
              },
            );
      if (!opened) throw new Error('the check was cancelled');
      return { opened, previewMs: performance.now() - started };
    },
    () => (heapPeak = Math.max(heapPeak, heapNow())),
  );
  heapPeak = Math.max(heapPeak, heapNow());
  checked = check.value.opened;
  return {
    fileBytes,
    records: Object.values<number>(checked.preview.incoming).reduce((a, b) => a + b, 0),
    firstProgressMs: firstProgressMs ?? NaN,
    previewMs: check.value.previewMs,
    longestTaskMs: check.longestTaskMs,
    longTasks: check.longTasks,
    longestGapMs: check.longestGapMs,
    heapBefore,
    heapPeak,
  };
}

/** Lets the worker of the last check go, with the records it holds. */
export function bigBackupRelease(): void {
  checked?.release();
  checked = undefined;
}

/**
 * The safety copy a restore makes first, for the backup `bigBackupCheck` kept: the whole office as a backup text,
 * written by the checking worker and handed to the page, with its main-thread blocks. Nothing is saved or written;
 * the worker lets the checked records go afterwards.
 */
export async function bigBackupSafetyCopy() {
  const opened = checked;
  if (!opened) throw new Error('no checked backup');
  checked = undefined;
  try {
    const started = performance.now();
    const copy = await mainThreadBlocks(async () => {
      const text = await opened.safetyCopy();
      return { ms: performance.now() - started, chars: text.length };
    });
    return {
      ms: copy.value.ms,
      chars: copy.value.chars,
      longestTaskMs: copy.longestTaskMs,
      longTasks: copy.longTasks,
      longestGapMs: copy.longestGapMs,
    };
  } finally {
    opened.release();
  }
}

/**
 * "Back up now" of the whole office, without a passphrase, as Settings → Backups runs it: until the finished file is
 * handed to the save, with the main-thread blocks meanwhile. The save itself is stood in for (it only takes the data):
 * the browser's download and the desktop's dialog are not this work's.
 */
export async function backUpNowTimed() {
  const { backUpNow } = await import('../features/backup/flows');
  const { platform } = await import('../platform');
  const { ok } = await import('../../shared/result');
  const save = platform.saveFile;
  let chars = 0;
  platform.saveFile = (request) => {
    chars = typeof request.data === 'string' ? request.data.length : request.data.byteLength;
    return Promise.resolve(ok({ fileName: request.suggestedName }));
  };
  try {
    await new Promise((r) => setTimeout(r, 200));
    const started = performance.now();
    let firstProgressMs: number | undefined;
    const run = await mainThreadBlocks(async () => {
      await backUpNow(null, () => (firstProgressMs ??= performance.now() - started));
      return performance.now() - started;
    });
    return {
      ms: run.value,
      chars,
      firstProgressMs: firstProgressMs ?? NaN,
      longestTaskMs: run.longestTaskMs,
      longTasks: run.longTasks,
      longestGapMs: run.longestGapMs,
    };
  } finally {
    platform.saveFile = save;
  }
}
