// Window size, position and maximised state: saved on close, read back at start, fitted to the displays.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Rectangle } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  holdQuitUntilSaved,
  loadWindowState,
  saveWindowState,
  trackWindowState,
  type WindowState,
} from '../../electron/windowState';
import { failingAt, fsError } from '../helpers/failingFs';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'twinning-window-state-'));
  file = path.join(dir, 'window-state.json');
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const monitorOnTheLeft = { x: -2560, y: 0, width: 2560, height: 1400 };

/** A window that remembers its close listeners; `close()` fires them as Electron would. */
function fakeWindow(bounds: Rectangle, maximized = false) {
  const listeners: (() => void)[] = [];
  return {
    bounds,
    maximized,
    on(event: 'close', listener: () => void) {
      if (event === 'close') listeners.push(listener);
      return this;
    },
    getNormalBounds() {
      return this.bounds;
    },
    isMaximized() {
      return this.maximized;
    },
    close() {
      for (const listener of listeners) listener();
    },
  };
}

describe('loading the window state', () => {
  it('gives the default size when no file was saved yet', async () => {
    expect(await loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    expect(DEFAULT_WINDOW_STATE).toEqual({ width: 1280, height: 820, maximized: false });
  });

  it.each([
    ['a truncated file (crash while an older version wrote it)', '{"x":120,"y":80,"width":1400,"hei'],
    ['an empty file', ''],
    ['text that is not JSON', 'okno'],
    ['JSON null', 'null'],
    ['a size given as text', '{"width":"1400","height":900}'],
    ['a size too small to use', '{"width":10,"height":10,"maximized":false}'],
    ['a fractional position', '{"x":1.5,"y":2,"width":1400,"height":900}'],
  ])('gives the default size for %s, without throwing', async (_case, contents) => {
    await writeFile(file, contents);
    expect(await loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('reads back what was saved: size, position and maximised', async () => {
    const state: WindowState = { x: -2400, y: 40, width: 1600, height: 1000, maximized: true };
    await saveWindowState(file, state);
    expect(await loadWindowState(file)).toEqual(state);
  });

  it('treats a file without the maximised flag as not maximised', async () => {
    await writeFile(file, '{"x":10,"y":20,"width":1000,"height":700}');
    expect(await loadWindowState(file)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
  });
});

describe('fitting the saved state to the displays', () => {
  it('keeps a window on a second monitor that is still plugged in', async () => {
    const state: WindowState = { x: -2000, y: 100, width: 1800, height: 1100, maximized: false };
    await saveWindowState(file, state);
    expect(fitToDisplays(await loadWindowState(file), [laptop, monitorOnTheLeft])).toEqual(state);
  });

  it('drops a position that no display shows any more and shrinks the size to the largest display', async () => {
    await saveWindowState(file, { x: -3000, y: 100, width: 2400, height: 1300, maximized: true });
    const fitted = fitToDisplays(await loadWindowState(file), [laptop]);
    expect(fitted).toEqual({ width: 1920, height: 1040, maximized: true });
  });

  it.each([
    ['far right', { x: 5000, y: 100 }],
    ['far below', { x: 100, y: 3000 }],
    ['far to the left, where a monitor used to be', { x: -3000, y: 100 }],
  ])('drops a position %s of every display', (_where, position) => {
    const fitted = fitToDisplays({ ...position, width: 1000, height: 700, maximized: false }, [laptop]);
    expect(fitted).toEqual({ width: 1000, height: 700, maximized: false });
  });

  it.each([
    ['hanging off the right edge', { x: 1880, y: 100 }, { x: 920, y: 100 }],
    ['with its title bar above the top edge', { x: 100, y: -400 }, { x: 100, y: 0 }],
    ['with its bottom under the taskbar', { x: 100, y: 600 }, { x: 100, y: 340 }],
    ['hanging off the left edge', { x: -200, y: 100 }, { x: 0, y: 100 }],
  ])('moves a window %s wholly into the work area', (_where, position, expected) => {
    const fitted = fitToDisplays({ ...position, width: 1000, height: 700, maximized: false }, [laptop]);
    expect(fitted).toEqual({ ...expected, width: 1000, height: 700, maximized: false });
  });

  it('puts a window straddling two monitors on the one showing most of it', () => {
    const straddling = { x: -300, y: 100, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(straddling, [laptop, monitorOnTheLeft])).toEqual({ ...straddling, x: 0 });
    const mostlyLeft = { x: -800, y: 100, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(mostlyLeft, [laptop, monitorOnTheLeft])).toEqual({ ...mostlyLeft, x: -1000 });
  });

  it('shrinks a window larger than its display to the work area, at its corner', () => {
    const fitted = fitToDisplays({ x: 10, y: 10, width: 2400, height: 1300, maximized: true }, [laptop]);
    expect(fitted).toEqual({ x: 0, y: 0, width: 1920, height: 1040, maximized: true });
  });

  it('keeps the window inside a work area that does not start at the screen’s corner (taskbar on the left or top)', () => {
    const taskbarLeft = { x: 60, y: 30, width: 1860, height: 1050 };
    const fitted = fitToDisplays({ x: 0, y: 0, width: 1200, height: 800, maximized: false }, [taskbarLeft]);
    expect(fitted).toEqual({ x: 60, y: 30, width: 1200, height: 800, maximized: false });
  });

  it('leaves the default size alone and places nothing when there is no saved position', () => {
    expect(fitToDisplays(DEFAULT_WINDOW_STATE, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('drops the position when no display is reported at all', () => {
    expect(fitToDisplays({ x: 10, y: 10, width: 1000, height: 700, maximized: false }, [])).toEqual({
      width: 1000,
      height: 700,
      maximized: false,
    });
  });
});

describe('saving the window state', () => {
  it('writes through a temp file and leaves only the state file behind', async () => {
    await saveWindowState(file, { x: 1, y: 2, width: 1000, height: 700, maximized: false });
    expect(await readdir(dir)).toEqual(['window-state.json']);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      x: 1,
      y: 2,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it.each(['write', 'sync', 'rename'] as const)(
    'keeps the previous file whole when the save breaks off at %s',
    async (step) => {
      const previous: WindowState = { x: 50, y: 60, width: 1200, height: 800, maximized: false };
      await saveWindowState(file, previous);
      await expect(
        saveWindowState(file, { x: 0, y: 0, width: 1900, height: 1000, maximized: true }, failingAt(step, 'EIO')),
      ).rejects.toMatchObject({ code: 'EIO' });
      expect(await loadWindowState(file)).toEqual(previous);
      expect(await readdir(dir)).toEqual(['window-state.json']);
    },
  );
});

describe('remembering the window when it closes', () => {
  it('saves the normal bounds and the maximised flag on close; the next start reads them', async () => {
    const win = fakeWindow({ x: 200, y: 100, width: 1400, height: 900 }, true);
    const tracker = trackWindowState(win, file);
    win.close();
    await tracker.settled();
    expect(await loadWindowState(file)).toEqual({ x: 200, y: 100, width: 1400, height: 900, maximized: true });
  });

  it('keeps the last of several closes (a close held for the backup, then the real one)', async () => {
    const win = fakeWindow({ x: 0, y: 0, width: 1000, height: 700 });
    const tracker = trackWindowState(win, file);
    win.close();
    win.bounds = { x: 300, y: 200, width: 1100, height: 750 };
    win.close();
    await tracker.settled();
    expect(await loadWindowState(file)).toEqual({ x: 300, y: 200, width: 1100, height: 750, maximized: false });
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });

  it('settles after a failed save, and a later save still works', async () => {
    let failNext = true;
    const save = async (target: string, state: WindowState) => {
      if (failNext) {
        failNext = false;
        throw fsError('ENOSPC');
      }
      await saveWindowState(target, state);
    };
    const win = fakeWindow({ x: 10, y: 10, width: 1000, height: 700 });
    const tracker = trackWindowState(win, file, save);
    win.close();
    await expect(tracker.settled()).resolves.toBeUndefined();
    expect(await loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    win.close();
    await tracker.settled();
    expect(await loadWindowState(file)).toEqual({ x: 10, y: 10, width: 1000, height: 700, maximized: false });
  });
});

describe('holding the quit until the window state is written', () => {
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
      /** Emits will-quit; true when a listener prevented the quit. */
      willQuit() {
        let prevented = false;
        for (const listener of listeners) listener({ preventDefault: () => (prevented = true) });
        return prevented;
      },
    };
    return app;
  }

  it('stops the first quit, writes the file, then quits for real', async () => {
    const app = fakeApp();
    const win = fakeWindow({ x: 40, y: 30, width: 1300, height: 850 });
    const tracker = trackWindowState(win, file);
    holdQuitUntilSaved(app, tracker.settled);
    win.close();
    expect(app.willQuit()).toBe(true);
    await tracker.settled();
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.quits).toBe(1);
    expect(await loadWindowState(file)).toEqual({ x: 40, y: 30, width: 1300, height: 850, maximized: false });
    expect(app.willQuit()).toBe(false);
  });

  it('still quits when the save could not finish', async () => {
    const app = fakeApp();
    holdQuitUntilSaved(app, () => Promise.reject(fsError('EACCES')));
    expect(app.willQuit()).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.quits).toBe(1);
    expect(app.willQuit()).toBe(false);
  });
});
