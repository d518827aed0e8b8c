// Source scans and the window factory's options: one place makes windows, one place registers IPC.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createWindow, mainWindowOptions, printWindowOptions } from '../../electron/window';

const root = path.resolve(__dirname, '../..');

/** Every .ts file under a folder of the repo, as [relative path, source without comments]. */
function sources(folder: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        const text = readFileSync(full, 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/(^|[^:])\/\/.*$/gm, '$1');
        out.push([path.relative(root, full).split(path.sep).join('/'), text]);
      }
    }
  };
  walk(path.join(root, folder));
  return out;
}

const electronSources = sources('electron');
const where = (pattern: RegExp, files = electronSources) =>
  files.filter(([, text]) => pattern.test(text)).map(([file]) => file);

describe('the main-process sources', () => {
  it('are found by the scan (the scan itself works)', () => {
    const files = electronSources.map(([file]) => file);
    expect(files).toContain('electron/main.ts');
    expect(files).toContain('electron/window.ts');
    expect(files).toContain('electron/ipc/handle.ts');
  });

  it('create a BrowserWindow only in the window factory', () => {
    expect(where(/new\s+BrowserWindow\b/)).toEqual(['electron/window.ts']);
  });

  it('create no BrowserView, WebContentsView or webview anywhere', () => {
    expect(where(/new\s+(BrowserView|WebContentsView)\b|<webview/)).toEqual([]);
  });

  it('never rename BrowserWindow on import (which would hide a second factory)', () => {
    expect(where(/BrowserWindow\s+as\s+\w+/)).toEqual([]);
  });

  it('call ipcMain.handle only in the one wrapper, and no other ipcMain listener anywhere', () => {
    expect(where(/ipcMain\s*\.\s*(handle|handleOnce|on|once|addListener|prependListener)\b/)).toEqual([]);
    expect(where(/\.\s*handle\s*\(\s*channelId\(/)).toEqual(['electron/ipc/handle.ts']);
    expect(where(/\bipcMain\b/)).toEqual(['electron/main.ts']);
  });

  it('pass ipcMain only to registerAll', () => {
    const main = electronSources.find(([file]) => file === 'electron/main.ts')?.[1] ?? '';
    const uses = main.match(/\bipcMain\b[^\n]*/g) ?? [];
    // one import and one argument of registerAll(
    expect(uses.length).toBe(2);
    expect(main).toMatch(/registerAll\(\s*ipcMain\s*,/);
  });

  it('never weaken a web preference', () => {
    const weak =
      /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true|contextIsolation\s*:\s*false|sandbox\s*:\s*false|webSecurity\s*:\s*false|allowRunningInsecureContent\s*:\s*true|webviewTag\s*:\s*true|experimentalFeatures\s*:\s*true|enableBlinkFeatures|enableRemoteModule/;
    expect(where(weak)).toEqual([]);
    expect(
      where(/disableWebSecurity|ignore-certificate-errors|--no-sandbox|appendSwitch\(\s*['"]disable-web-security/),
    ).toEqual([]);
  });

  it('load no remote content, and a local file only in the scripts-off print window', () => {
    expect(where(/loadURL\(\s*['"`](https?|file):/)).toEqual([]);
    expect(where(/\bloadFile\(/).filter((file) => file !== 'electron/ipc/print.ts')).toEqual([]);
    const print = electronSources.find(([file]) => file === 'electron/ipc/print.ts')?.[1];
    if (print?.includes('loadFile(')) expect(print).toMatch(/createWindow\([^)]*'print'\)/);
  });

  it('never allow a permission, certificate error or window-open', () => {
    expect(where(/callback\(\s*true\s*\)/)).toEqual([]);
    expect(where(/action\s*:\s*['"]allow['"]/)).toEqual([]);
    expect(where(/on\(\s*['"]certificate-error['"]/)).toEqual([]);
  });

  it('register the app:// scheme as secure and standard, without bypassing the CSP', () => {
    const main = electronSources.find(([file]) => file === 'electron/main.ts')?.[1] ?? '';
    const privileges = /registerSchemesAsPrivileged\(([\s\S]*?)\]\s*\)/.exec(main)?.[1] ?? '';
    expect(privileges).toMatch(/standard:\s*true/);
    expect(privileges).toMatch(/secure:\s*true/);
    expect(privileges).not.toMatch(/bypassCSP:\s*true/);
    expect(where(/bypassCSP\s*:\s*true/)).toEqual([]);
  });

  it('open external URLs only through the guarded window-open path', () => {
    expect(where(/shell\s*\.\s*openExternal\(/)).toEqual(['electron/main.ts']);
    const main = electronSources.find(([file]) => file === 'electron/main.ts')?.[1] ?? '';
    expect(main).toMatch(/openExternal:\s*\(url\)\s*=>\s*shell\.openExternal\(url\)/);
  });
});

describe('the renderer sources', () => {
  const rendererSources = [...sources('renderer'), ...sources('shared')];
  it('use no eval, new Function or string timers (the CSP would block them anyway)', () => {
    expect(where(/\beval\s*\(|new\s+Function\s*\(|set(Timeout|Interval)\(\s*['"`]/, rendererSources)).toEqual([]);
  });
});

describe('the window factory', () => {
  /** What every window must have, whatever it is for. */
  const SECURE = {
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
  };

  function made() {
    const options: BrowserWindowConstructorOptions[] = [];
    class Recorder {
      constructor(o: BrowserWindowConstructorOptions) {
        options.push(o);
      }
    }
    createWindow(Recorder, 'main', {
      preloadPath: '/app/out/preload/preload.cjs',
      bounds: { width: 1200, height: 800 },
      dark: false,
    });
    createWindow(Recorder, 'print');
    return options;
  }

  it('makes every kind of window with the secure web preferences', () => {
    const windows = made();
    expect(windows).toHaveLength(2);
    for (const win of windows) {
      expect(win.webPreferences).toMatchObject(SECURE);
      expect(win.webPreferences).not.toHaveProperty('enableBlinkFeatures');
      expect(win.webPreferences).not.toHaveProperty('additionalArguments');
      expect(win.webPreferences).not.toHaveProperty('partition');
    }
  });

  it('gives the preload only to the main window, as a bundled .cjs file', () => {
    const [main, print] = made();
    expect(main?.webPreferences?.preload).toBe('/app/out/preload/preload.cjs');
    expect(print?.webPreferences?.preload).toBeUndefined();
    expect(print?.webPreferences?.javascript).toBe(false);
  });

  it('makes the same options as the exported builders', () => {
    const [main, print] = made();
    expect(main).toEqual(
      mainWindowOptions({
        preloadPath: '/app/out/preload/preload.cjs',
        bounds: { width: 1200, height: 800 },
        dark: false,
      }),
    );
    expect(print).toEqual(printWindowOptions());
  });

  it('refuses to make a main window without its input', () => {
    class Recorder {}
    expect(() => (createWindow as (...args: unknown[]) => unknown)(Recorder, 'main')).toThrow();
  });
});
