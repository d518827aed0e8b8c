// Remembers the main window's size, position and maximised state in a small JSON file.
import { promises as fsp } from 'node:fs';
import type { App, BrowserWindow } from 'electron';
import { z } from 'zod';
import { writeFileAtomic, type AtomicFs } from './atomicWrite';

const stateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof stateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Reads the saved state; a missing or broken file gives the default size. */
export async function loadWindowState(file: string): Promise<WindowState> {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(await fsp.readFile(file, 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Writes the state atomically: a crash mid-save leaves the previous file whole. */
export async function saveWindowState(file: string, state: WindowState, fs?: AtomicFs): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(state), fs);
}

/** The part of a BrowserWindow whose state is remembered. */
export type TrackedWindow = Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'> & {
  on(event: 'close', listener: () => void): unknown;
};

export interface WindowStateTracker {
  /** Resolves once every save started so far has finished (or failed); quitting waits for this. */
  settled: () => Promise<void>;
}

/**
 * Saves the window's normal (unmaximised) bounds and maximised flag each time it closes. The saves
 * run one after another and a failed save is dropped (the previous file stays), so the caller can
 * hold the quit until `settled()` instead of losing a save that is still under way.
 */
export function trackWindowState(
  win: TrackedWindow,
  file: string,
  save: (file: string, state: WindowState) => Promise<void> = saveWindowState,
): WindowStateTracker {
  let last: Promise<void> = Promise.resolve();
  win.on('close', () => {
    const state: WindowState = { ...win.getNormalBounds(), maximized: win.isMaximized() };
    last = last.then(() => save(file, state)).catch(() => undefined);
  });
  return { settled: () => last };
}

const overlap = (a: Area, b: Area): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), Math.max(min, max));

/**
 * Fits the saved window into the displays' work areas (the screen without the taskbar or dock), so no
 * part of it opens off-screen or under the taskbar: it stays on the display it overlaps most, shrunk to
 * that work area and moved inside it whole. A window no display shows any more (a monitor unplugged
 * since) loses its position (the system centres it) and is shrunk to fit the largest work area.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Area[]): WindowState {
  const { x, y } = state;
  const saved = x === undefined || y === undefined ? undefined : { x, y, width: state.width, height: state.height };
  const home = saved
    ? workAreas.reduce<Area | undefined>(
        (best, area) => (overlap(saved, area) > (best ? overlap(saved, best) : 0) ? area : best),
        undefined,
      )
    : undefined;
  if (saved && home) {
    const width = Math.min(state.width, home.width);
    const height = Math.min(state.height, home.height);
    return {
      x: clamp(saved.x, home.x, home.x + home.width - width),
      y: clamp(saved.y, home.y, home.y + home.height - height),
      width,
      height,
      maximized: state.maximized,
    };
  }
  const largest = workAreas.reduce<Area | undefined>(
    (best, d) => (!best || d.width * d.height > best.width * best.height ? d : best),
    undefined,
  );
  const width = largest ? Math.min(state.width, largest.width) : state.width;
  const height = largest ? Math.min(state.height, largest.height) : state.height;
  return { width, height, maximized: state.maximized };
}

/** The part of Electron's `app` that quits. */
export type QuittingApp = Pick<App, 'quit'> & {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
};

/**
 * Holds the quit until `settled()` resolves, then quits again: without this the process can end
 * while the window state is still being written (a quit from the menu closes the window first).
 */
export function holdQuitUntilSaved(app: QuittingApp, settled: () => Promise<void>): void {
  let ready = false;
  app.on('will-quit', (event) => {
    if (ready) return;
    event.preventDefault();
    void settled()
      .catch(() => undefined)
      .then(() => {
        ready = true;
        app.quit();
      });
  });
}
