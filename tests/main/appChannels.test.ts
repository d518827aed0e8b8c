// The app channels through the IPC wrapper: app info from Electron's app, and the language switch that
// rebuilds the native menu and keeps the choice for the next start.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appHandlers, applyMenu, type NativeMenu } from '../../electron/ipc/app';
import { createListener } from '../../electron/ipc/handle';
import { loadLanguage } from '../../electron/preferences';
import type { Language } from '../../shared/ipc';

const trusted = (url: string) => url.startsWith('app://twinning-desk/');
const appFrame = { senderFrame: { url: 'app://twinning-desk/index.html', parent: null } } as never;
const foreignFrame = { senderFrame: { url: 'https://example.com/', parent: null } } as never;

const fakeApp = { getName: () => 'Twinning Desk', getVersion: () => '1.4.2', getLocale: () => 'pl-PL' };

interface BuiltMenu {
  template: MenuItemConstructorOptions[];
}

/** Electron's Menu as far as the app uses it: records each template built and the menu set. */
function fakeMenu() {
  const record = { built: [] as BuiltMenu[], set: [] as (BuiltMenu | null)[] };
  const Menu = {
    buildFromTemplate: (template: MenuItemConstructorOptions[]): BuiltMenu => {
      const menu = { template };
      record.built.push(menu);
      return menu;
    },
    setApplicationMenu: (menu: BuiltMenu | null) => record.set.push(menu),
  };
  return { Menu, record };
}

const topLabels = (menu: BuiltMenu | null | undefined) => menu?.template.map((item) => item.label);
const subLabels = (menu: BuiltMenu | null | undefined, index: number) => {
  const submenu = menu?.template[index]?.submenu;
  return Array.isArray(submenu) ? submenu.map((item) => item.label).filter(Boolean) : [];
};

let dir: string;
let preferencesFile: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'twinning-app-channels-'));
  preferencesFile = path.join(dir, 'preferences.json');
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

function setUp(file = preferencesFile) {
  const { Menu, record } = fakeMenu();
  const told: Language[] = [];
  let abouts = 0;
  const menu: NativeMenu<BuiltMenu> = {
    Menu,
    actions: { about: () => (abouts += 1) },
    isDev: false,
    platform: 'linux',
  };
  const handlers = appHandlers({
    app: fakeApp,
    runtime: { platform: 'win32', electron: '45.1.0' },
    menu,
    preferencesFile: file,
    onLanguage: (language) => told.push(language),
  });
  return {
    record,
    told,
    menu,
    abouts: () => abouts,
    appInfo: createListener('appInfo', handlers.appInfo, trusted),
    setLanguage: createListener('setLanguage', handlers.setLanguage, trusted),
  };
}

describe('appInfo', () => {
  it('returns the name, version and system locale from the app, with the platform and Electron version', async () => {
    const { appInfo } = setUp();
    expect(await appInfo(appFrame, undefined)).toEqual({
      ok: true,
      value: { name: 'Twinning Desk', version: '1.4.2', locale: 'pl-PL', platform: 'win32', electron: '45.1.0' },
    });
  });

  it('refuses a request that carries a payload', async () => {
    const { appInfo } = setUp();
    expect(await appInfo(appFrame, { version: '9' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('setLanguage', () => {
  it('rebuilds the native menu in English, sets it and keeps English for the next start', async () => {
    const { setLanguage, record, told } = setUp();
    expect(await setLanguage(appFrame, { language: 'en' })).toEqual({ ok: true, value: null });
    const menu = record.set.at(-1);
    expect(menu).toBe(record.built.at(-1));
    expect(topLabels(menu)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(subLabels(menu, 1)).toEqual(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select all']);
    expect(subLabels(menu, 3)).toEqual(['About']);
    expect(told).toEqual(['en']);
    expect(await loadLanguage(preferencesFile)).toBe('en');
  });

  it('switches the menu back to Polish and keeps Polish', async () => {
    const { setLanguage, record } = setUp();
    await setLanguage(appFrame, { language: 'en' });
    expect(await setLanguage(appFrame, { language: 'pl' })).toEqual({ ok: true, value: null });
    expect(topLabels(record.set.at(-1))).toEqual(['Plik', 'Edycja', 'Widok', 'Pomoc']);
    expect(subLabels(record.set.at(-1), 1)).toEqual([
      'Cofnij',
      'Ponów',
      'Wytnij',
      'Kopiuj',
      'Wklej',
      'Zaznacz wszystko',
    ]);
    expect(await loadLanguage(preferencesFile)).toBe('pl');
    expect(await readdir(dir)).toEqual(['preferences.json']);
  });

  it.each([
    ['a language the app does not have', { language: 'de' }],
    ['no language', {}],
    ['a bare string', 'en'],
    ['nothing', undefined],
    ['a number', { language: 1 }],
  ])('refuses %s and changes neither the menu nor the saved choice', async (_case, payload) => {
    const { setLanguage, record, told } = setUp();
    expect(await setLanguage(appFrame, payload)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(record.built).toEqual([]);
    expect(record.set).toEqual([]);
    expect(told).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a request from a page that is not the app', async () => {
    const { setLanguage, record } = setUp();
    expect(await setLanguage(foreignFrame, { language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(record.set).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a choice that could not be kept, while the menu of this session still follows it', async () => {
    const { setLanguage, record } = setUp(path.join(dir, 'gone', 'preferences.json'));
    expect(await setLanguage(appFrame, { language: 'en' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(topLabels(record.set.at(-1))).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('gives the next start the menu in the language chosen before', async () => {
    const before = setUp();
    await before.setLanguage(appFrame, { language: 'en' });
    const { Menu, record } = fakeMenu();
    applyMenu({ ...before.menu, Menu }, await loadLanguage(preferencesFile));
    expect(topLabels(record.set.at(-1))).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('keeps About in the Help menu working after the switch', async () => {
    const { setLanguage, record, abouts } = setUp();
    await setLanguage(appFrame, { language: 'en' });
    const help = record.set.at(-1)?.template[3]?.submenu;
    const about = Array.isArray(help) ? help[0] : undefined;
    (about?.click as (() => void) | undefined)?.();
    expect(abouts()).toBe(1);
  });
});
