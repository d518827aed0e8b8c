// The native menu (File, Edit, View, Help) in the UI's language.
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
  },
} as const satisfies Record<Language, Record<string, string>>;

export interface MenuActions {
  about(): void;
}

export function menuTemplate(language: Language, actions: MenuActions, isDev: boolean): MenuItemConstructorOptions[] {
  const l = LABELS[language];
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: l.resetZoom },
    { role: 'zoomIn', label: l.zoomIn },
    { role: 'zoomOut', label: l.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: l.fullScreen },
  ];
  if (isDev) view.unshift({ role: 'reload', label: l.reload }, { role: 'toggleDevTools', label: l.devTools });
  return [
    { label: l.file, submenu: [{ role: 'quit', label: l.quit }] },
    {
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
    },
    { label: l.view, submenu: view },
    { label: l.help, submenu: [{ label: l.about, click: () => actions.about() }] },
  ];
}
