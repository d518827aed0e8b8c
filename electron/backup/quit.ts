// A backup before the window closes: main asks the renderer, waits for its answer or a timeout, then lets it close.
import type { BrowserWindow } from 'electron';
import { channelId } from '../../shared/channelId';
import { BACKUP_REQUEST_EVENT } from '../../shared/backup/events';

export interface BackupRequester {
  /** Sends the request and resolves when the renderer answers, or after `timeoutMs`. */
  request(send: () => void): Promise<'answered' | 'timeout'>;
  /** Called by the `backupRequestDone` handler. */
  answered(): void;
}

export function createBackupRequester(timeoutMs = 20_000): BackupRequester {
  let pending: (() => void) | null = null;
  return {
    request(send) {
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending = null;
          resolve('timeout');
        }, timeoutMs);
        pending = () => {
          clearTimeout(timer);
          pending = null;
          resolve('answered');
        };
        try {
          send();
        } catch {
          pending();
        }
      });
    },
    answered() {
      pending?.();
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
