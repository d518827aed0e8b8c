// App lifecycle: single instance, the app:// protocol, guards, IPC, the window. Reads as a contents list.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  nativeTheme,
  net,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import type { Language } from '../shared/ipc';
import { applyAppUserModelId } from './appId';
import { atomicWrites, sweepStaleTemps } from './atomicWrite';
import { createChosenFiles, withChosenFileRoute } from './chosenFiles';
import { defaultBackupLocation, loadBackupConfig } from './backup/config';
import { createBackupRequester, installQuitBackup } from './backup/quit';
import { applySpelling, installContextMenu, spellcheckFor } from './contextMenu';
import { appHandlers, applyMenu, type NativeMenu } from './ipc/app';
import { backupHandlers } from './ipc/backup';
import { fileHandlers } from './ipc/files';
import { registerAll } from './ipc/handle';
import { printHandlers } from './ipc/print';
import { journeyDialog, journeyFolders } from './journey';
import { createLog } from './log';
import { privacyHandlers } from './ipc/privacy';
import { ERASURE_REGISTER_FILE } from './privacy/erasureRegister';
import { loadLanguage } from './preferences';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, createAppProtocolHandler } from './protocol';
import { askWithDialog, watchRenderer } from './rendererHealth';
import { applyPermissionPolicy, installSecurityGuards, isAppUrl } from './security';
import { createCredentialStore } from './sync/credentials';
import { teamHandlers } from './sync/ipc';
import { createTeamProxy, withTeamRoute } from './sync/proxy';
import { desktopText } from './text';
import { createWindow, showWhenReady } from './window';
import { fitToDisplays, holdQuitUntilSaved, loadWindowState, trackWindowState } from './windowState';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/preload.cjs');
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
/** Only the desktop smoke journey sets this: its own folders and a save dialog that answers by itself. */
const journey = journeyFolders(process.env, app.isPackaged);
if (journey) {
  app.setPath('userData', journey.userData);
  app.setPath('documents', journey.documents);
}
const fileDialog = journey ? journeyDialog(dialog, journey.saves) : dialog;
const allowedOrigins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN];
const userFile = (name: string): string => path.join(app.getPath('userData'), name);
const defaultBackups = (): string =>
  defaultBackupLocation(process.platform, { documents: app.getPath('documents'), userData: app.getPath('userData') });
const HOUR = 60 * 60 * 1000;

let mainWindow: BrowserWindow | null = null;
/** The backup asked for before the window closes waits for writes under way (a large backup takes long). */
const quitBackup = createBackupRequester(20_000, atomicWrites);
let log = (line: string): void => console.error(line);
let language: Language = 'pl';
/** Resolves when the last window-state save has finished; the quit waits for it. */
let windowStateSaved: () => Promise<void> = () => Promise.resolve();

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

applyAppUserModelId(app, process.platform);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  holdQuitUntilSaved(app, () => Promise.all([windowStateSaved(), atomicWrites.idle()]).then(() => undefined));
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Twinning Desk', String(error));
      app.quit();
    });
}

async function start(): Promise<void> {
  log = createLog(app.getPath('logs'));
  await sweepTemps(app.getPath('userData'));
  const teamLogin = createCredentialStore(safeStorage, userFile('team.json'));
  const team = createTeamProxy(teamLogin, (input, init) => net.fetch(input, init));
  const chosenFiles = createChosenFiles();
  protocol.handle(
    APP_SCHEME,
    withTeamRoute(team, withChosenFileRoute(chosenFiles, createAppProtocolHandler(rendererRoot))),
  );
  applyPermissionPolicy(session.defaultSession, allowedOrigins);
  applySpelling(session.defaultSession, process.platform);
  installSecurityGuards(app, {
    allowedOrigins,
    confirmExternal: confirmExternalLink,
    openExternal: (url) => shell.openExternal(url),
  });
  language = await loadLanguage(userFile('preferences.json'));
  const nativeMenu: NativeMenu<Menu> = {
    Menu,
    actions: { about: showAbout },
    isDev: !app.isPackaged,
    platform: process.platform,
  };
  applyMenu(nativeMenu, language);
  registerAll(
    ipcMain,
    {
      ...teamHandlers(team, teamLogin),
      ...appHandlers({
        app,
        runtime: { platform: process.platform, electron: process.versions.electron ?? null },
        menu: nativeMenu,
        preferencesFile: userFile('preferences.json'),
        onLanguage: (next) => {
          language = next;
        },
      }),
      ...fileHandlers({
        dialog: fileDialog,
        window: () => mainWindow,
        defaultFolder: () => app.getPath('documents'),
        chosen: chosenFiles,
      }),
      ...printHandlers({
        BrowserWindow,
        dialog: fileDialog,
        window: () => mainWindow,
        defaultFolder: () => app.getPath('documents'),
      }),
      ...backupHandlers({
        dialog,
        window: () => mainWindow,
        configFile: userFile('backup-settings.json'),
        documentsFolder: () => app.getPath('documents'),
        defaultFolder: defaultBackups,
        requester: quitBackup,
        safeStorage,
        keyFile: userFile('backup-key.bin'),
      }),
      ...privacyHandlers({ registerFile: userFile(ERASURE_REGISTER_FILE) }),
    },
    (url) => isAppUrl(url, allowedOrigins),
  );
  void loadBackupConfig(userFile('backup-settings.json')).then((c) => sweepTemps(c.folder ?? defaultBackups(), HOUR));
  await openMainWindow();
}

async function openMainWindow(): Promise<void> {
  const stateFile = userFile('window-state.json');
  const saved = fitToDisplays(
    await loadWindowState(stateFile),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = createWindow(BrowserWindow, 'main', {
    preloadPath,
    bounds: { x: saved.x, y: saved.y, width: saved.width, height: saved.height },
    dark: nativeTheme.shouldUseDarkColors,
    spellcheck: spellcheckFor(process.platform) === 'system',
  });
  mainWindow = win;
  showWhenReady(win, saved.maximized);
  installContextMenu(win.webContents, { Menu, language: () => language });
  watchRenderer(win, {
    ask: askWithDialog(
      dialog,
      () => mainWindow,
      () => language,
    ),
    log: (line) => log(line),
    quit: () => app.quit(),
    requester: quitBackup,
  });
  installQuitBackup(win, quitBackup);
  windowStateSaved = trackWindowState(win, stateFile).settled;
  win.on('closed', () => {
    mainWindow = null;
  });
  await win.loadURL(devServerUrl ?? APP_ENTRY_URL);
}

/** Deletes temp files of writes cut off last time (a folder other desks may share keeps an hour's margin). */
async function sweepTemps(folder: string, olderThanMs = 0): Promise<void> {
  const removed = await sweepStaleTemps(folder, { olderThanMs });
  if (removed.length > 0) log(`removed temp files of interrupted writes in ${folder}: ${removed.join(', ')}`);
}

function showAbout(): void {
  const detail = `${app.getName()} ${app.getVersion()}\nElectron ${process.versions.electron ?? ''}`;
  const options = { type: 'info' as const, title: app.getName(), message: app.getName(), detail };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

async function confirmExternalLink(url: string): Promise<boolean> {
  const t = desktopText(language);
  const options = {
    type: 'question' as const,
    buttons: [t('desktop:link.open'), t('desktop:link.cancel')],
    defaultId: 1,
    cancelId: 1,
    message: t('desktop:link.question'),
    detail: url,
  };
  const { response } = mainWindow
    ? await dialog.showMessageBox(mainWindow, options)
    : await dialog.showMessageBox(options);
  return response === 0;
}
