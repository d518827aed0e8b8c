// The one place a BrowserWindow is built: the main window and the hidden print window.
import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';

/** Colours painted before the first frame, matching the renderer's light and dark body. */
export const BACKGROUND = { light: '#f8f9fa', dark: '#1a1b1e' } as const;

/** The secure web preferences every window starts from. */
const SECURE_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const;

export interface MainWindowInput {
  preloadPath: string;
  bounds: Partial<Rectangle>;
  dark: boolean;
  /** The system's spellchecker (macOS); off where Electron would download dictionaries (see contextMenu.ts). */
  spellcheck?: boolean;
}

export function mainWindowOptions(input: MainWindowInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Twinning Desk',
    backgroundColor: input.dark ? BACKGROUND.dark : BACKGROUND.light,
    autoHideMenuBar: false,
    webPreferences: {
      ...SECURE_PREFERENCES,
      preload: input.preloadPath,
      spellcheck: input.spellcheck ?? false,
    },
  };
}

/**
 * A hidden window that only lays out trusted HTML for printing: no preload, no scripts. It stays an
 * ordinary hidden window (not offscreen rendering), the well-trodden path for printToPDF.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    backgroundColor: '#ffffff',
    webPreferences: {
      ...SECURE_PREFERENCES,
      javascript: false,
      spellcheck: false,
    },
  };
}

export type WindowKind = 'main' | 'print';

/**
 * The factory itself. `BrowserWindow` is passed in so this module loads in plain Node for tests;
 * every window of the app is made here and nowhere else.
 */
export function createWindow<W>(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W,
  kind: 'main',
  input: MainWindowInput,
): W;
export function createWindow<W>(BrowserWindow: new (options: BrowserWindowConstructorOptions) => W, kind: 'print'): W;
export function createWindow<W>(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W,
  kind: WindowKind,
  input?: MainWindowInput,
): W {
  if (kind === 'main') {
    if (!input) throw new Error('The main window needs its input');
    return new BrowserWindow(mainWindowOptions(input));
  }
  return new BrowserWindow(printWindowOptions());
}

/** The part of a BrowserWindow that is shown at start. */
export type ShowableWindow = Pick<BrowserWindow, 'show' | 'maximize' | 'isVisible'> & {
  once(event: 'ready-to-show', listener: () => void): unknown;
};

/**
 * Shows the window once, when its first frame is ready. A maximised window is maximised only then:
 * maximize() shows a hidden window on Windows and Linux, so calling it earlier would show an empty
 * frame before the page, and show() after it would show it a second time.
 */
export function showWhenReady(win: ShowableWindow, maximized: boolean): void {
  win.once('ready-to-show', () => {
    if (maximized) win.maximize();
    if (!win.isVisible()) win.show();
  });
}
