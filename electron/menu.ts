// The native menu in the UI's language: File, Edit, View, Help; on macOS the application and Window menus too.
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../shared/ipc';

const LABELS = {
  pl: {
    file: 'Plik',
    quit: 'Zakończ',
    edit: 'Edycja',
    undo: 'Cofnij',
    redo: 'Ponów',
    cut: 'Wytnij',
    copy: 'Kopiuj',
    paste: 'Wklej',
    selectAll: 'Zaznacz wszystko',
    view: 'Widok',
    reload: 'Odśwież',
    devTools: 'Narzędzia deweloperskie',
    resetZoom: 'Rzeczywisty rozmiar',
    zoomIn: 'Powiększ',
    zoomOut: 'Pomniejsz',
    fullScreen: 'Pełny ekran',
    help: 'Pomoc',
    about: 'O programie',
    services: 'Usługi',
    hide: 'Ukryj',
    hideOthers: 'Ukryj pozostałe',
    showAll: 'Pokaż wszystko',
    window: 'Okno',
    minimize: 'Minimalizuj',
    zoom: 'Powiększ okno',
    front: 'Wszystko na wierzch',
    close: 'Zamknij okno',
  },
  en: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    devTools: 'Developer tools',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Full screen',
    help: 'Help',
    about: 'About',
    services: 'Services',
    hide: 'Hide',
    hideOthers: 'Hide others',
    showAll: 'Show all',
    window: 'Window',
    minimize: 'Minimise',
    zoom: 'Zoom',
    front: 'Bring all to front',
    close: 'Close window',
  },
} as const satisfies Record<Language, Record<string, string>>;

export interface MenuActions {
  about(): void;
}

/**
 * The menu for `platform` (process.platform). On macOS the application menu (About, Services, Hide,
 * Quit) and the Window menu carry the roles behind Cmd+Q, Cmd+H, Cmd+M and Cmd+W; elsewhere File
 * holds Quit and Help holds About.
 */
export function menuTemplate(
  language: Language,
  actions: MenuActions,
  isDev: boolean,
  platform: string,
): MenuItemConstructorOptions[] {
  const l = LABELS[language];
  const mac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: l.about, click: () => actions.about() };
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: l.resetZoom },
    { role: 'zoomIn', label: l.zoomIn },
    { role: 'zoomOut', label: l.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: l.fullScreen },
  ];
  if (isDev) view.unshift({ role: 'reload', label: l.reload }, { role: 'toggleDevTools', label: l.devTools });
  const edit: MenuItemConstructorOptions = {
    label: l.edit,
    submenu: [
      { role: 'undo', label: l.undo },
      { role: 'redo', label: l.redo },
      { type: 'separator' },
      { role: 'cut', label: l.cut },
      { role: 'copy', label: l.copy },
      { role: 'paste', label: l.paste },
      { role: 'selectAll', label: l.selectAll },
    ],
  };
  if (!mac) {
    return [
      { label: l.file, submenu: [{ role: 'quit', label: l.quit }] },
      edit,
      { label: l.view, submenu: view },
      { label: l.help, submenu: [about] },
    ];
  }
  return [
    {
      role: 'appMenu',
      submenu: [
        about,
        { type: 'separator' },
        { role: 'services', label: l.services },
        { type: 'separator' },
        { role: 'hide', label: l.hide },
        { role: 'hideOthers', label: l.hideOthers },
        { role: 'unhide', label: l.showAll },
        { type: 'separator' },
        { role: 'quit', label: l.quit },
      ],
    },
    { label: l.file, submenu: [{ role: 'close', label: l.close }] },
    edit,
    { label: l.view, submenu: view },
    {
      role: 'windowMenu',
      label: l.window,
      submenu: [
        { role: 'minimize', label: l.minimize },
        { role: 'zoom', label: l.zoom },
        { type: 'separator' },
        { role: 'front', label: l.front },
      ],
    },
  ];
}
