// A backup before the window closes: main asks the renderer, waits for its answer or a timeout, then lets it close.
import type { BrowserWindow } from 'electron';
import { channelId } from '../../shared/channelId';
import { BACKUP_REQUEST_EVENT } from '../../shared/backup/events';
import type { PendingWrites } from '../pendingWrites';

export type BackupAnswer = 'answered' | 'timeout' | 'gone';

export interface BackupRequester {
  /**
   * Sends the request and resolves when the renderer answers, or after `timeoutMs` without one. The
   * countdown starts again whenever a write starts in main and waits while one is under way, so a
   * large backup still being written is never cut off. With the renderer gone it resolves at once.
   */
  request(send: () => void): Promise<BackupAnswer>;
  /** Called by the `backupRequestDone` handler. */
  answered(): void;
  /** The renderer crashed or was killed: no answer can come, so a pending request ends now. */
  rendererGone(): void;
  /** A new renderer has loaded the app and can answer again. */
  rendererBack(): void;
}

export function createBackupRequester(timeoutMs = 20_000, writes?: PendingWrites): BackupRequester {
  let pending: ((answer: BackupAnswer) => void) | null = null;
  let gone = false;
  return {
    request(send) {
      if (gone) return Promise.resolve('gone');
      return new Promise((resolve) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const arm = () => {
          clearTimeout(timer);
          timer = setTimeout(expire, timeoutMs);
        };
        const expire = () => {
          if (writes && writes.count > 0) void writes.idle().then(() => pending && arm());
          else pending?.('timeout');
        };
        const unsubscribe = writes?.onStart(arm);
        pending = (answer) => {
          clearTimeout(timer);
          unsubscribe?.();
          pending = null;
          resolve(answer);
        };
        arm();
        try {
          send();
        } catch {
          pending('gone');
        }
      });
    },
    answered() {
      pending?.('answered');
    },
    rendererGone() {
      gone = true;
      pending?.('gone');
    },
    rendererBack() {
      gone = false;
    },
  };
}

type ClosingWindow = Pick<BrowserWindow, 'on' | 'close'> & { webContents: Pick<BrowserWindow['webContents'], 'send'> };

/** Holds the window's first close until the renderer has written its backup (or the timeout passed). */
export function installQuitBackup(win: ClosingWindow, requester: BackupRequester): void {
  let state: 'open' | 'asking' | 'done' = 'open';
  win.on('close', (event) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'asking') return;
    state = 'asking';
    void requester
      .request(() => win.webContents.send(channelId(BACKUP_REQUEST_EVENT)))
      .finally(() => {
        state = 'done';
        win.close();
      });
  });
}
