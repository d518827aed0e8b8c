// Writes a file so that a reader sees the old contents or the new, never half (temp, fsync, rename); sweeps temps a cut-off write left.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createPendingWrites } from './pendingWrites';

/** The few fs calls the atomic write makes; tests inject failures through this. */
export interface AtomicFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  rm: typeof fsp.rm;
}

/** Every atomic write under way in this process: the quit and the backup before closing wait for them (main.ts). */
export const atomicWrites = createPendingWrites();

export function writeFileAtomic(target: string, data: string | Uint8Array, fs: AtomicFs = fsp): Promise<void> {
  return atomicWrites.track(write(target, data, fs));
}

async function write(target: string, data: string | Uint8Array, fs: AtomicFs): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: Awaited<ReturnType<typeof fsp.open>> | undefined;
  try {
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir, fs);
}

/** Makes the rename itself durable where the platform allows it (not on Windows). */
async function syncDirectory(dir: string, fs: AtomicFs): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse fsync on a directory; the file itself is already synced.
  }
}

/** The name writeFileAtomic gives its temp file: `.<target name>.<12 hex digits>.tmp`. */
export const isAtomicTemp = (name: string): boolean => /^\..+\.[0-9a-f]{12}\.tmp$/.test(name);

/**
 * Deletes the temp files that atomic writes left in `folder` when they were cut off (power loss, a
 * killed process). Only files named exactly as writeFileAtomic names them are touched, and only those
 * older than `olderThanMs` (a folder other desks may write into gets a margin). Returns the names removed;
 * a missing or unreadable folder removes nothing.
 */
export async function sweepStaleTemps(
  folder: string,
  { olderThanMs = 0, now = Date.now }: { olderThanMs?: number; now?: () => number } = {},
): Promise<string[]> {
  let names: string[];
  try {
    names = (await fsp.readdir(folder)).filter(isAtomicTemp);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    try {
      const stat = await fsp.lstat(file);
      if (!stat.isFile() || now() - stat.mtimeMs < olderThanMs) continue;
      await fsp.rm(file);
      removed.push(name);
    } catch {
      // Gone meanwhile, or not ours to delete: leave it.
    }
  }
  return removed;
}
