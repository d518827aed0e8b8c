// The main process's log: one timestamped line per event in main.log in the app's logs folder, kept small.
import { promises as fsp } from 'node:fs';
import path from 'node:path';

/** Past this size the log is moved to main.old.log and a new one begun. */
export const MAX_LOG_BYTES = 1024 * 1024;

export interface MainLog {
  (line: string): void;
  /** Resolves once every line logged so far is written (or failed); for tests and the quit. */
  flushed(): Promise<void>;
}

/** A log writing to `folder`/main.log; a line that cannot be written is dropped, never thrown. */
export function createLog(folder: string, now: () => Date = () => new Date()): MainLog {
  const file = path.join(folder, 'main.log');
  let last: Promise<void> = Promise.resolve();
  const write = async (text: string) => {
    await fsp.mkdir(folder, { recursive: true });
    const size = await fsp.stat(file).then(
      (s) => s.size,
      () => 0,
    );
    if (size + Buffer.byteLength(text) > MAX_LOG_BYTES) await fsp.rename(file, path.join(folder, 'main.old.log'));
    await fsp.appendFile(file, text, 'utf8');
  };
  const log = ((line: string) => {
    const text = `${now().toISOString()} ${line.replace(/[\r\n]+/g, ' ')}\n`;
    console.error(text.trimEnd());
    last = last.then(() => write(text)).catch(() => undefined);
  }) as MainLog;
  log.flushed = () => last;
  return log;
}
