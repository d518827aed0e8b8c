// Rebuilds a database that cannot be opened from a backup: the file checked and written in a worker, never the page.
import type { BackupSource } from '../../../shared/backup/check';
import { BackupError } from '../../../shared/backup/errors';
import { openSession } from '../../app/background';
import type { Progress } from '../../db/backup/collect';
import { deleteUnopenableDatabase, openPageDatabase } from '../../db/backup/recover';
import { isTeamSyncOn } from '../../db/sync/switch';
import type { RestoreMessage, RestoreRequest } from './restoreWork';

/**
 * Called only after the user confirmed. The worker checks the whole file first; only then does the page delete the
 * database (its own connection closed) and the worker write the file's records into a new one. A file that fails any
 * check leaves the old database in place. Rejects with the BackupError that stopped it.
 */
export function recoverDatabaseFrom(file: BackupSource, onProgress?: Progress): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let done = false;
    const finish = (error?: unknown) => {
      if (done) return;
      done = true;
      session.close();
      if (error === undefined) resolve();
      else reject(error instanceof BackupError ? error : new BackupError('database'));
    };
    const session = openSession<RestoreRequest, RestoreMessage>({
      worker: () => new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module' }),
      inPage: () => import('./restoreWork').then((m) => m.restoreWork(openPageDatabase)),
      onMessage: (message) => {
        switch (message.type) {
          case 'progress':
            return onProgress?.(message.phase === 'check' ? message.done * 0.5 : 0.5 + message.done * 0.5);
          case 'recoverReady':
            return void deleteUnopenableDatabase().then(
              () => session.send({ type: 'restore', teamSync: isTeamSyncOn() }),
              (error: unknown) => finish(error),
            );
          case 'restored':
            return finish();
          case 'failed':
            return finish(new BackupError(message.code, message.detail));
          case 'checked':
          case 'backup':
            return finish(new BackupError('database'));
        }
      },
      onFailure: (error) => finish(error),
    });
    session.send({ type: 'recoverCheck', file, teamSync: isTeamSyncOn() });
  });
}
