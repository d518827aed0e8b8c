// Quitting never loses the last backup: the quit and the backup request wait for writes under way; stale temps are swept.
import { promises as fsp } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  atomicWrites,
  isAtomicTemp,
  sweepStaleTemps,
  writeFileAtomic,
  type AtomicFs,
} from '../../electron/atomicWrite';
import { createBackupRequester } from '../../electron/backup/quit';
import { createPendingWrites } from '../../electron/pendingWrites';
import { holdQuitUntilSaved } from '../../electron/windowState';
import { fsError } from '../helpers/failingFs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'twinning-quit-'));
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

/** A promise the test settles by hand. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/** A real file system whose writes wait at `gate` before writing (a large backup on a slow disk). */
function slowFs(until: Promise<void>): AtomicFs {
  return {
    rm: fsp.rm,
    rename: fsp.rename,
    open: (async (file: string, flags: string) => {
      const handle = await fsp.open(file, flags);
      if (flags === 'wx') {
        const write = handle.writeFile.bind(handle);
        handle.writeFile = async (data: Parameters<typeof write>[0]) => {
          await until;
          return write(data);
        };
      }
      return handle;
    }) as AtomicFs['open'],
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

function fakeApp() {
  const listeners: ((event: { preventDefault(): void }) => void)[] = [];
  const app = {
    quits: 0,
    on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void) {
      if (event === 'will-quit') listeners.push(listener);
      return app;
    },
    quit() {
      app.quits += 1;
    },
    willQuit() {
      let prevented = false;
      for (const listener of listeners) listener({ preventDefault: () => (prevented = true) });
      return prevented;
    },
  };
  return app;
}

describe('writes under way', () => {
  it('are counted while they run, and idle() waits for the last one', async () => {
    const writes = createPendingWrites();
    const starts: number[] = [];
    writes.onStart(() => starts.push(writes.count));
    const a = gate();
    const b = gate();
    const first = writes.track(a.opened);
    const second = writes.track(b.opened.then(() => Promise.reject(fsError('ENOSPC'))));
    expect(writes.count).toBe(2);
    expect(starts).toEqual([1, 2]);
    let idle = false;
    void writes.idle().then(() => (idle = true));
    a.open();
    await first;
    await tick();
    expect(idle).toBe(false);
    b.open();
    await expect(second).rejects.toMatchObject({ code: 'ENOSPC' });
    await tick();
    expect(idle).toBe(true);
    expect(writes.count).toBe(0);
  });

  it('include every atomic write main makes', async () => {
    const slow = gate();
    const target = path.join(dir, 'auto-2026-12-06.json');
    const writing = writeFileAtomic(target, '{"backup":1}', slowFs(slow.opened));
    expect(atomicWrites.count).toBe(1);
    slow.open();
    await writing;
    expect(atomicWrites.count).toBe(0);
    expect(await readFile(target, 'utf8')).toBe('{"backup":1}');
  });
});

describe('the quit', () => {
  it('waits for a backup write already under way in main, and the backup is whole on disk', async () => {
    const app = fakeApp();
    holdQuitUntilSaved(app, () => atomicWrites.idle());
    const slow = gate();
    const target = path.join(dir, 'auto-2026-12-06-quit.json');
    const data = JSON.stringify({ partners: Array.from({ length: 2000 }, (_, i) => ({ id: i, name: `Gmina ${i}` })) });
    const writing = writeFileAtomic(target, data, slowFs(slow.opened));

    expect(app.willQuit()).toBe(true);
    await tick();
    expect(app.quits).toBe(0);
    slow.open();
    await writing;
    await tick();
    expect(app.quits).toBe(1);
    expect(await readFile(target, 'utf8')).toBe(data);
    expect((await readdir(dir)).filter(isAtomicTemp)).toEqual([]);
    expect(app.willQuit()).toBe(false);
  });

  it('goes ahead at once when nothing is being written', async () => {
    const app = fakeApp();
    holdQuitUntilSaved(app, () => atomicWrites.idle());
    expect(app.willQuit()).toBe(true);
    await tick();
    expect(app.quits).toBe(1);
  });
});

describe('the backup asked for before the window closes', () => {
  it('does not time out while a large backup is still being written, and gets its answer after', async () => {
    vi.useFakeTimers();
    const writes = createPendingWrites();
    const requester = createBackupRequester(20_000, writes);
    let answer: string | undefined;
    void requester.request(() => undefined).then((a) => (answer = a));

    await vi.advanceTimersByTimeAsync(15_000);
    const write = gate();
    const tracked = writes.track(write.opened);
    // The countdown starts again with the write, and stops while it is under way.
    await vi.advanceTimersByTimeAsync(19_000);
    expect(answer).toBeUndefined();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(answer).toBeUndefined();
    write.open();
    await tracked;
    requester.answered();
    await vi.advanceTimersByTimeAsync(0);
    expect(answer).toBe('answered');
  });

  it('still gives up when the renderer never answers after the write', async () => {
    vi.useFakeTimers();
    const writes = createPendingWrites();
    const requester = createBackupRequester(20_000, writes);
    let answer: string | undefined;
    void requester.request(() => undefined).then((a) => (answer = a));
    const write = gate();
    const tracked = writes.track(write.opened);
    await vi.advanceTimersByTimeAsync(60_000);
    write.open();
    await tracked;
    await vi.advanceTimersByTimeAsync(19_999);
    expect(answer).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(answer).toBe('timeout');
  });

  it('times out after 20 seconds of silence when nothing is written', async () => {
    vi.useFakeTimers();
    const requester = createBackupRequester(20_000, createPendingWrites());
    let answer: string | undefined;
    void requester.request(() => undefined).then((a) => (answer = a));
    await vi.advanceTimersByTimeAsync(19_999);
    expect(answer).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(answer).toBe('timeout');
  });
});

describe('stale temp files of interrupted writes', () => {
  it('the temp a write cut off by a crash leaves is swept at the next start, and the file before it stays', async () => {
    const target = path.join(dir, 'window-state.json');
    await writeFile(target, '{"width":1200,"height":800}');
    // The process dies between writing the temp and renaming it: no cleanup runs.
    const crashing: AtomicFs = {
      open: fsp.open,
      rename: () => Promise.reject(fsError('EIO')),
      rm: async () => undefined,
    };
    await expect(writeFileAtomic(target, '{"width":1300,"height":900}', crashing)).rejects.toMatchObject({
      code: 'EIO',
    });
    const left = (await readdir(dir)).filter(isAtomicTemp);
    expect(left).toHaveLength(1);

    expect(await sweepStaleTemps(dir)).toEqual(left);
    expect(await readdir(dir)).toEqual(['window-state.json']);
    expect(await readFile(target, 'utf8')).toBe('{"width":1200,"height":800}');
  });

  it('touches only files named exactly like the atomic write’s temps', async () => {
    const ours = '.auto-2026-12-05-daily.json.0a1b2c3d4e5f.tmp';
    const keep = [
      'notes.tmp',
      '.hidden.tmp',
      '.x.0a1b2c3d4e.tmp',
      '.x.0A1B2C3D4E5F.tmp',
      'auto-2026-12-05-daily.json',
      '.x.0a1b2c3d4e5f.tmp.bak',
    ];
    for (const name of [ours, ...keep]) await writeFile(path.join(dir, name), 'x');
    await mkdir(path.join(dir, '.folder.0a1b2c3d4e5f.tmp'));
    expect(await sweepStaleTemps(dir)).toEqual([ours]);
    expect((await readdir(dir)).sort()).toEqual([...keep, '.folder.0a1b2c3d4e5f.tmp'].sort());
  });

  it('in a shared backup folder keeps a temp younger than the margin (another desk may be writing it)', async () => {
    const fresh = '.auto-2026-12-06-daily.json.aaaaaaaaaaaa.tmp';
    const old = '.auto-2026-12-01-daily.json.bbbbbbbbbbbb.tmp';
    await writeFile(path.join(dir, fresh), 'x');
    await writeFile(path.join(dir, old), 'x');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(path.join(dir, old), twoHoursAgo, twoHoursAgo);
    expect(await sweepStaleTemps(dir, { olderThanMs: 60 * 60 * 1000 })).toEqual([old]);
    expect(await readdir(dir)).toEqual([fresh]);
  });

  it('removes nothing from a folder that does not exist', async () => {
    expect(await sweepStaleTemps(path.join(dir, 'missing'))).toEqual([]);
  });
});
