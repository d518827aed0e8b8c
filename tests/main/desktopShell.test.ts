// The desktop around the page: showing the window once, the taskbar id, the macOS menus, the right-click menu and spelling.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { APP_ID, applyAppUserModelId } from '../../electron/appId';
import { defaultBackupLocation } from '../../electron/backup/config';
import {
  applySpelling,
  contextMenuTemplate,
  installContextMenu,
  NO_DICTIONARY_DOWNLOADS,
  spellcheckFor,
  type MenuParams,
} from '../../electron/contextMenu';
import { menuTemplate } from '../../electron/menu';
import { mainWindowOptions, showWhenReady } from '../../electron/window';

const root = path.resolve(__dirname, '../..');

/** A hidden window; `maximizeShows` is true on Windows and Linux, where maximize() shows a hidden window. */
function fakeWindow(maximizeShows: boolean) {
  let ready: (() => void) | undefined;
  const win = {
    visible: false,
    shows: 0,
    calls: [] as string[],
    once(event: 'ready-to-show', listener: () => void) {
      if (event === 'ready-to-show') ready = listener;
      return win;
    },
    isVisible: () => win.visible,
    show() {
      win.calls.push('show');
      if (!win.visible) win.shows += 1;
      win.visible = true;
    },
    maximize() {
      win.calls.push('maximize');
      if (maximizeShows && !win.visible) {
        win.shows += 1;
        win.visible = true;
      }
    },
    readyToShow: () => ready?.(),
  };
  return win;
}

describe('showing the main window', () => {
  it.each([
    ['Windows or Linux', true],
    ['macOS', false],
  ])('shows a maximised window once, maximised, only after its first frame is ready (%s)', (_os, maximizeShows) => {
    const win = fakeWindow(maximizeShows);
    showWhenReady(win, true);
    expect(win.calls).toEqual([]);
    win.readyToShow();
    expect(win.calls[0]).toBe('maximize');
    expect(win.shows).toBe(1);
    expect(win.visible).toBe(true);
  });

  it('shows a normal window once, without maximising it', () => {
    const win = fakeWindow(true);
    showWhenReady(win, false);
    expect(win.visible).toBe(false);
    win.readyToShow();
    expect(win.calls).toEqual(['show']);
    expect(win.shows).toBe(1);
  });
});

describe('the taskbar id on Windows', () => {
  it('is the installer’s appId, so the shortcut and the running app share one taskbar icon', () => {
    const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as { appId: string };
    expect(APP_ID).toBe(config.appId);
    const set: string[] = [];
    applyAppUserModelId({ setAppUserModelId: (id) => void set.push(id) }, 'win32');
    expect(set).toEqual([config.appId]);
  });

  it.each(['linux', 'darwin'])('is not set on %s', (platform) => {
    const set: string[] = [];
    applyAppUserModelId({ setAppUserModelId: (id) => void set.push(id) }, platform);
    expect(set).toEqual([]);
  });
});

/** Every role in a template, submenus included, in order. */
const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);

describe('the macOS menus', () => {
  const mac = (language: 'pl' | 'en') => menuTemplate(language, { about: () => undefined }, false, 'darwin');

  it('start with the application menu and have a Window menu, so Cmd+Q, Cmd+H, Cmd+M and Cmd+W work', () => {
    const template = mac('en');
    expect(template[0]?.role).toBe('appMenu');
    expect(template.map((m) => m.role ?? m.label)).toEqual(['appMenu', 'File', 'Edit', 'View', 'windowMenu']);
    // quit (Cmd+Q), hide (Cmd+H), minimize (Cmd+M), close (Cmd+W), plus the Edit shortcuts.
    expect(roles(template)).toEqual(
      expect.arrayContaining([
        'quit',
        'hide',
        'hideOthers',
        'unhide',
        'minimize',
        'close',
        'copy',
        'paste',
        'selectAll',
      ]),
    );
  });

  it('speak the UI language, and About sits in the application menu', () => {
    let abouts = 0;
    const template = menuTemplate('pl', { about: () => (abouts += 1) }, false, 'darwin');
    const appMenu = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(appMenu[0]?.label).toBe('O programie');
    (appMenu[0]?.click as () => void)();
    expect(abouts).toBe(1);
    expect(appMenu.find((i) => i.role === 'quit')?.label).toBe('Zakończ');
    expect(template.find((m) => m.role === 'windowMenu')?.label).toBe('Okno');
  });

  it('are not used on Windows and Linux, where File holds Quit and Help holds About', () => {
    for (const platform of ['win32', 'linux']) {
      const template = menuTemplate('en', { about: () => undefined }, false, platform);
      expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
      expect(roles(template)).not.toContain('appMenu');
      expect(roles(template)).toContain('quit');
    }
  });
});

const editFlags = (over: Partial<ContextMenuParams['editFlags']> = {}): ContextMenuParams['editFlags'] => ({
  canUndo: false,
  canRedo: false,
  canCut: true,
  canCopy: true,
  canPaste: true,
  canDelete: true,
  canSelectAll: true,
  canEditRichly: false,
  ...over,
});
const params = (over: Partial<MenuParams> = {}): MenuParams => ({
  isEditable: false,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: editFlags(),
  ...over,
});
const noActions = { replaceMisspelling: () => undefined, addToDictionary: () => undefined };
const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => (i.type === 'separator' ? '—' : i.label));

describe('the right-click menu', () => {
  it('in a field: cut, copy, paste and select all in the UI language', () => {
    expect(labels(contextMenuTemplate('pl', params({ isEditable: true }), noActions))).toEqual([
      'Wytnij',
      'Kopiuj',
      'Wklej',
      '—',
      'Zaznacz wszystko',
    ]);
    expect(labels(contextMenuTemplate('en', params({ isEditable: true }), noActions))).toEqual([
      'Cut',
      'Copy',
      'Paste',
      '—',
      'Select all',
    ]);
  });

  it('greys out what the field cannot do (nothing selected: no cut or copy)', () => {
    const items = contextMenuTemplate(
      'en',
      params({ isEditable: true, editFlags: editFlags({ canCut: false, canCopy: false }) }),
      noActions,
    );
    expect(items.filter((i) => i.enabled === false).map((i) => i.label)).toEqual(['Cut', 'Copy']);
    expect(items.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('on a misspelt word: the suggestions first, each replacing the word, then add to dictionary', () => {
    const replaced: string[] = [];
    const added: string[] = [];
    const items = contextMenuTemplate(
      'pl',
      params({ isEditable: true, misspelledWord: 'delegacja', dictionarySuggestions: ['delegacja', 'delegacje'] }),
      { replaceMisspelling: (w) => void replaced.push(w), addToDictionary: (w) => void added.push(w) },
    );
    expect(labels(items).slice(0, 4)).toEqual(['delegacja', 'delegacje', 'Dodaj do słownika', '—']);
    (items[1]?.click as () => void)();
    (items[2]?.click as () => void)();
    expect(replaced).toEqual(['delegacje']);
    expect(added).toEqual(['delegacja']);
    expect(labels(items).slice(4)).toEqual(['Wytnij', 'Kopiuj', 'Wklej', '—', 'Zaznacz wszystko']);
  });

  it('offers at most five suggestions, and says so when there are none', () => {
    const many = contextMenuTemplate(
      'en',
      params({ isEditable: true, misspelledWord: 'x', dictionarySuggestions: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }),
      noActions,
    );
    expect(labels(many).slice(0, 6)).toEqual(['a', 'b', 'c', 'd', 'e', 'Add to dictionary']);
    const none = contextMenuTemplate('en', params({ isEditable: true, misspelledWord: 'Swarzędz' }), noActions);
    expect(none[0]).toMatchObject({ label: 'No suggestions', enabled: false });
  });

  it('on selected page text: copy and select all; on an empty spot: no menu at all', () => {
    expect(labels(contextMenuTemplate('en', params({ selectionText: 'Ronnenberg' }), noActions))).toEqual([
      'Copy',
      'Select all',
    ]);
    expect(contextMenuTemplate('en', params({ selectionText: '  ' }), noActions)).toEqual([]);
  });

  it('pops up on right-click in the current language and adds a word to the window’s own dictionary', () => {
    const popped: MenuItemConstructorOptions[][] = [];
    let listener: ((event: unknown, p: ContextMenuParams) => void) | undefined;
    const addedWords: string[] = [];
    const contents = {
      on: (_event: 'context-menu', l: (event: unknown, p: ContextMenuParams) => void) => (listener = l),
      replaceMisspelling: () => undefined,
      session: { addWordToSpellCheckerDictionary: (w: string) => (addedWords.push(w), true) },
    };
    let language: 'pl' | 'en' = 'pl';
    installContextMenu(contents, {
      Menu: { buildFromTemplate: (t) => (popped.push(t), { popup: () => undefined }) },
      language: () => language,
    });
    const click = (p: MenuParams) => listener?.({}, p as ContextMenuParams);
    click(params({ isEditable: true }));
    language = 'en';
    click(params({ isEditable: true, misspelledWord: 'Swarzedz', dictionarySuggestions: ['Swarzędz'] }));
    click(params());
    expect(popped).toHaveLength(2);
    expect(popped[0]?.[0]?.label).toBe('Wytnij');
    expect(labels(popped[1]!).slice(0, 2)).toEqual(['Swarzędz', 'Add to dictionary']);
    (popped[1]?.[1]?.click as () => void)();
    expect(addedWords).toEqual(['Swarzedz']);
  });
});

describe('spelling in an offline office', () => {
  function fakeSession() {
    const calls: [string, unknown][] = [];
    return {
      calls,
      setSpellCheckerEnabled: (on: boolean) => void calls.push(['enabled', on]),
      setSpellCheckerDictionaryDownloadURL: (url: string) => void calls.push(['downloadUrl', url]),
    };
  }

  it('uses the system spellchecker on macOS, which downloads nothing', () => {
    const session = fakeSession();
    applySpelling(session, 'darwin');
    expect(spellcheckFor('darwin')).toBe('system');
    expect(session.calls).toEqual([['enabled', true]]);
    expect(
      mainWindowOptions({ preloadPath: '/p', bounds: {}, dark: false, spellcheck: true }).webPreferences?.spellcheck,
    ).toBe(true);
  });

  it.each(['win32', 'linux'])('is off on %s, and no dictionary request could leave the machine', (platform) => {
    const session = fakeSession();
    applySpelling(session, platform);
    expect(spellcheckFor(platform)).toBe('off');
    expect(session.calls).toEqual([
      ['enabled', false],
      ['downloadUrl', NO_DICTIONARY_DOWNLOADS],
    ]);
    expect(new URL(NO_DICTIONARY_DOWNLOADS).hostname).toBe('127.0.0.1');
  });

  it('is off in a window unless the caller turns the system spellchecker on', () => {
    expect(mainWindowOptions({ preloadPath: '/p', bounds: {}, dark: false }).webPreferences?.spellcheck).toBe(false);
  });
});

describe('where automatic backups go until the user chooses a folder', () => {
  const paths = { documents: '/Users/ewa/Documents', userData: '/Users/ewa/Library/Application Support/Twinning Desk' };

  it('on macOS: the app’s own data folder, so the first backup triggers no prompt for access to Documents', () => {
    expect(defaultBackupLocation('darwin', paths)).toBe(
      path.join('/Users/ewa/Library/Application Support/Twinning Desk', 'Backups'),
    );
  });

  it.each(['win32', 'linux'])('on %s: Twinning Desk/Backups in the documents', (platform) => {
    expect(defaultBackupLocation(platform, paths)).toBe(path.join('/Users/ewa/Documents', 'Twinning Desk', 'Backups'));
  });
});
