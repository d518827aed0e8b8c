// Benchmark build only: a backup of about `targetBytes` checked as the restore dialog checks it, with the page's long tasks and heap.
import { createBackup } from '../db/backup/collect';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { serializeBackup } from '../../shared/backup/format';
import type { BackupTables } from '../../shared/backup/tables';
import { checkBackupFile } from '../features/backup/flows';

interface Heap {
  usedJSHeapSize: number;
}
const heapNow = () => (performance as Performance & { memory?: Heap }).memory?.usedJSHeapSize ?? 0;

/** The office's own backup, its events copied under new ids until the file reaches `targetBytes`. */
async function bigBackupBytes(targetBytes: number): Promise<Uint8Array> {
  const office = await createBackup('bench');
  const tables = (JSON.parse(office.text) as { tables: BackupTables }).tables;
  const originals = tables.events.slice();
  const perCopy = JSON.stringify(originals).length;
  const copies = Math.max(0, Math.ceil((targetBytes - office.text.length) / Math.max(1, perCopy)));
  for (let k = 1; k <= copies; k++) for (const e of originals) tables.events.push({ ...e, id: `${e.id}~${k}` });
  const meta = { appVersion: 'bench', schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: new Date().toISOString() };
  const { text } = await serializeBackup(tables, meta);
  return new TextEncoder().encode(text);
}

/**
 * The file of the next `bigBackupCheck`, built apart so the check's own heap and blocks can be told from its making:
 * its bytes first, then a `File`, as the browser's file input gives it to the restore dialog.
 */
let built: Uint8Array<ArrayBuffer> | undefined;
let prepared: File | undefined;

export async function bigBackupPrepare(targetBytes: number): Promise<number> {
  built = (await bigBackupBytes(targetBytes)) as Uint8Array<ArrayBuffer>;
  return built.byteLength;
}

/** Wraps the built bytes as a file on the main thread, as the desktop's bytes are once over IPC, timed. */
export function bigBackupWrap(): number {
  const started = performance.now();
  prepared = new File(built ? [built] : [], 'big.json', { type: 'application/json' });
  const ms = performance.now() - started;
  built = undefined;
  return ms;
}

/**
 * Times the restore dialog's own check (in a worker, which keeps the records) and preview of a large backup: until
 * the first progress report and until the preview is ready; the longest main-thread block (long tasks, and the
 * largest gap of a 16 ms timer) and the page's peak JS heap above the level before the check. The file is the one
 * `bigBackupPrepare` built, or built here.
 */
export async function bigBackupCheck(targetBytes: number) {
  const file = prepared ?? new File([(await bigBackupBytes(targetBytes)) as Uint8Array<ArrayBuffer>], 'big.json');
  prepared = undefined;
  const fileBytes = file.size;
  await new Promise((r) => setTimeout(r, 200));
  const heapBefore = heapNow();
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
  observer.observe({ type: 'longtask' });
  let heapPeak = heapBefore;
  let maxGap = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last - 16);
    last = now;
    heapPeak = Math.max(heapPeak, heapNow());
  }, 16);
  const started = performance.now();
  let firstProgressMs: number | undefined;
  const run = checkBackupFile(file, () => (firstProgressMs ??= performance.now() - started));
  const opened = await run.result;
  if (!opened) throw new Error('the check was cancelled');
  const previewMs = performance.now() - started;
  heapPeak = Math.max(heapPeak, heapNow());
  await new Promise((r) => setTimeout(r, 100));
  clearInterval(timer);
  observer.disconnect();
  // The worker holds the checked records until a restore writes them: let them go (nothing is written here).
  opened.release();
  return {
    fileBytes,
    records: Object.values<number>(opened.preview.incoming).reduce((a, b) => a + b, 0),
    firstProgressMs: firstProgressMs ?? NaN,
    previewMs,
    longestTaskMs: Math.max(0, ...longTasks),
    longTasks: longTasks.length,
    longestGapMs: maxGap,
    heapBefore,
    heapPeak,
  };
}
