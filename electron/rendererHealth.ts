// When the page crashes or hangs: log it, offer a reload (or waiting, for a hang), and never hold the quit for an answer that cannot come.
import type { BaseWindow, Dialog, MessageBoxOptions, RenderProcessGoneDetails } from 'electron';
import type { Language } from '../shared/ipc';
import type { BackupRequester } from './backup/quit';
import { desktopText } from './text';

export type Trouble = 'gone' | 'unresponsive';
export type Choice = 'reload' | 'wait' | 'quit';

/** The parts of the main window and its WebContents that are watched; tests pass an EventEmitter-like fake. */
export interface WatchedWindow {
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  isDestroyed(): boolean;
  webContents: {
    on(event: 'render-process-gone', listener: (event: unknown, details: RenderProcessGoneDetails) => void): unknown;
    once(event: 'did-finish-load', listener: () => void): unknown;
    reload(): void;
    forcefullyCrashRenderer(): void;
  };
}

export interface HealthDeps {
  /** Asks the user what to do; `signal` closes the question when the page recovers by itself. */
  ask(trouble: Trouble, signal?: AbortSignal): Promise<Choice>;
  log(line: string): void;
  quit(): void;
  requester: Pick<BackupRequester, 'rendererGone' | 'rendererBack'>;
}

/**
 * Watches the main window's page. A crash (or the system killing the page) is logged, the quit stops
 * waiting for a backup answer from it, and the user is offered a reload or quitting. A hang is logged and
 * the user may wait or reload; the question closes by itself when the page answers again.
 */
export function watchRenderer(win: WatchedWindow, deps: HealthDeps): void {
  let reloadingOnPurpose = false;
  let asking: AbortController | null = null;
  const contents = win.webContents;
  const reload = () => {
    contents.once('did-finish-load', () => deps.requester.rendererBack());
    contents.reload();
  };

  contents.on('render-process-gone', (_event, details) => {
    deps.log(`renderer gone: reason=${details.reason} exitCode=${details.exitCode}`);
    deps.requester.rendererGone();
    asking?.abort();
    if (reloadingOnPurpose) {
      reloadingOnPurpose = false;
      return;
    }
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    void deps
      .ask('gone')
      .catch((): Choice => 'reload')
      .then((choice) => {
        if (win.isDestroyed()) return;
        if (choice === 'quit') deps.quit();
        else reload();
      });
  });

  win.on('unresponsive', () => {
    deps.log('renderer unresponsive');
    if (asking) return;
    const controller = new AbortController();
    asking = controller;
    void deps
      .ask('unresponsive', controller.signal)
      .catch((): Choice => 'wait')
      .then((choice) => {
        if (asking === controller) asking = null;
        if (controller.signal.aborted || choice !== 'reload' || win.isDestroyed()) return;
        deps.log('renderer reloaded by the user');
        // A hung page cannot reload itself: end its process, then load the app in a fresh one.
        reloadingOnPurpose = true;
        contents.forcefullyCrashRenderer();
        reload();
      });
  });

  win.on('responsive', () => {
    if (!asking) return;
    deps.log('renderer responsive again');
    asking.abort();
    asking = null;
  });
}

/** The question as a native message box in the UI language: reload or quit after a crash, wait or reload on a hang. */
export function askWithDialog(
  dialog: Pick<Dialog, 'showMessageBox'>,
  window: () => BaseWindow | null,
  language: () => Language,
): HealthDeps['ask'] {
  return async (trouble, signal) => {
    const t = desktopText(language());
    const gone = trouble === 'gone';
    const buttons = gone
      ? [t('desktop:health.reload'), t('desktop:health.quit')]
      : [t('desktop:health.wait'), t('desktop:health.reload')];
    const options: MessageBoxOptions = {
      type: 'warning',
      title: 'Twinning Desk',
      message: gone ? t('desktop:health.gone') : t('desktop:health.unresponsive'),
      detail: gone ? t('desktop:health.goneDetail') : t('desktop:health.unresponsiveDetail'),
      buttons,
      defaultId: 0,
      cancelId: 0,
      noLink: true,
      signal,
    };
    const owner = window();
    const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
    if (gone) return response === 1 ? 'quit' : 'reload';
    return response === 1 ? 'reload' : 'wait';
  };
}
