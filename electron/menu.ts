// The native menu in the UI's language (words from the desktop locale namespace): File, Edit, View, Help; on macOS the application and Window menus too.
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../shared/ipc';
import { desktopText } from './text';

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
  const t = desktopText(language);
  const mac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: t('desktop:menu.about'), click: () => actions.about() };
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: t('desktop:menu.resetZoom') },
    { role: 'zoomIn', label: t('desktop:menu.zoomIn') },
    { role: 'zoomOut', label: t('desktop:menu.zoomOut') },
    { type: 'separator' },
    { role: 'togglefullscreen', label: t('desktop:menu.fullScreen') },
  ];
  if (isDev)
    view.unshift(
      { role: 'reload', label: t('desktop:menu.reload') },
      { role: 'toggleDevTools', label: t('desktop:menu.devTools') },
    );
  const edit: MenuItemConstructorOptions = {
    label: t('desktop:menu.edit'),
    submenu: [
      { role: 'undo', label: t('desktop:menu.undo') },
      { role: 'redo', label: t('desktop:menu.redo') },
      { type: 'separator' },
      { role: 'cut', label: t('desktop:menu.cut') },
      { role: 'copy', label: t('desktop:menu.copy') },
      { role: 'paste', label: t('desktop:menu.paste') },
      { role: 'selectAll', label: t('desktop:menu.selectAll') },
    ],
  };
  if (!mac) {
    return [
      { label: t('desktop:menu.file'), submenu: [{ role: 'quit', label: t('desktop:menu.quit') }] },
      edit,
      { label: t('desktop:menu.view'), submenu: view },
      { label: t('desktop:menu.help'), submenu: [about] },
    ];
  }
  return [
    {
      role: 'appMenu',
      submenu: [
        about,
        { type: 'separator' },
        { role: 'services', label: t('desktop:menu.services') },
        { type: 'separator' },
        { role: 'hide', label: t('desktop:menu.hide') },
        { role: 'hideOthers', label: t('desktop:menu.hideOthers') },
        { role: 'unhide', label: t('desktop:menu.showAll') },
        { type: 'separator' },
        { role: 'quit', label: t('desktop:menu.quit') },
      ],
    },
    { label: t('desktop:menu.file'), submenu: [{ role: 'close', label: t('desktop:menu.close') }] },
    edit,
    { label: t('desktop:menu.view'), submenu: view },
    {
      role: 'windowMenu',
      label: t('desktop:menu.window'),
      submenu: [
        { role: 'minimize', label: t('desktop:menu.minimize') },
        { role: 'zoom', label: t('desktop:menu.zoom') },
        { type: 'separator' },
        { role: 'front', label: t('desktop:menu.front') },
      ],
    },
  ];
}
