// Starts the automatic backups of a running app: today's backup soon after start and hourly checks, one on quit.
import { platform } from '../../platform';
import { countAllTables } from '../../db/backup/collect';
import { ensureDailyBackup, makeAutoBackup } from './flows';

const FIRST_CHECK_MS = 5_000;
const CHECK_EVERY_MS = 60 * 60 * 1000;

async function hasData(): Promise<boolean> {
  return Object.values(await countAllTables()).some((n) => n > 0);
}

async function dailyIfNeeded(): Promise<void> {
  if (await hasData()) await ensureDailyBackup();
}

/** `writable` is false for a read-only database: nothing of a newer app's data is labelled as this app's. */
export function startAutomaticBackups(writable: boolean): () => void {
  const unsubscribe = platform.onBackupRequest(async () => {
    if (writable && (await hasData())) await makeAutoBackup('quit');
  });
  if (!writable) return unsubscribe;
  const tick = () => void dailyIfNeeded().catch(() => undefined);
  const first = setTimeout(tick, FIRST_CHECK_MS);
  const timer = setInterval(tick, CHECK_EVERY_MS);
  return () => {
    unsubscribe();
    clearTimeout(first);
    clearInterval(timer);
  };
}
