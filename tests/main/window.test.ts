import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../electron/menu';
import { createWindow, mainWindowOptions, printWindowOptions } from '../../electron/window';
import { fitToDisplays } from '../../electron/windowState';

describe('the window factory', () => {
  it('builds the main window with the secure preferences and a background colour', () => {
    const options = mainWindowOptions({
      preloadPath: '/app/preload.cjs',
      bounds: { width: 1000, height: 700 },
      dark: true,
    });
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
    expect(options.backgroundColor).toBe('#1a1b1e');
    expect(options.show).toBe(false);
  });

  it('builds the print window with no preload and scripts off', () => {
    const options = printWindowOptions();
    expect(options.webPreferences?.preload).toBeUndefined();
    expect(options.webPreferences?.javascript).toBe(false);
    expect(options.webPreferences?.sandbox).toBe(true);
    expect(options.show).toBe(false);
  });

  it('passes the options to the BrowserWindow it is given', () => {
    const made: unknown[] = [];
    class Recorder {
      constructor(options: unknown) {
        made.push(options);
      }
    }
    createWindow(Recorder, 'print');
    expect(made).toEqual([printWindowOptions()]);
  });
});

describe('window state', () => {
  const display = { x: 0, y: 0, width: 1920, height: 1080 };
  it('keeps a position that a display still shows', () => {
    expect(fitToDisplays({ x: 100, y: 100, width: 1200, height: 800, maximized: false }, [display])).toMatchObject({
      x: 100,
      y: 100,
    });
  });
  it('drops a position on a display that is gone and shrinks to fit', () => {
    const fitted = fitToDisplays({ x: 3000, y: 100, width: 2500, height: 800, maximized: false }, [display]);
    expect(fitted.x).toBeUndefined();
    expect(fitted.width).toBe(1920);
  });
});

describe('the native menu', () => {
  const labels = (lang: 'pl' | 'en') =>
    menuTemplate(lang, { about: () => undefined }, false, 'win32').map((m) => m.label);
  it('follows the UI language', () => {
    expect(labels('pl')).toEqual(['Plik', 'Edycja', 'Widok', 'Pomoc']);
    expect(labels('en')).toEqual(['File', 'Edit', 'View', 'Help']);
  });
  it('offers developer tools only in development', () => {
    const roles = (dev: boolean) => JSON.stringify(menuTemplate('en', { about: () => undefined }, dev, 'linux'));
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
});
