// Starts the automatic backups of a running app: today's backup soon after start and hourly checks, one on quit.
import { platform } from '../../platform';
import { countAllTables } from '../../db/backup/counts';

/** The backup machinery loads with the first check (seconds after start), not before the first paint. */
const flows = () => import('./flows');

const FIRST_CHECK_MS = 5_000;
const CHECK_EVERY_MS = 60 * 60 * 1000;

async function hasData(): Promise<boolean> {
  return Object.values(await countAllTables()).some((n) => n > 0);
}

async function dailyIfNeeded(): Promise<void> {
  if (await hasData()) await (await flows()).ensureDailyBackup();
}

/**
 * Answers main's request for a backup before the window closes from the very start (so closing an
 * error screen never waits for a timeout); `enable` turns the backups on once the database is open
 * and writable (a newer app's data is never labelled as this app's).
 */
export function startAutomaticBackups(): { enable: () => void } {
  let writable = false;
  platform.onBackupRequest(async () => {
    if (writable && (await hasData())) await (await flows()).makeAutoBackup('quit');
  });
  return {
    enable: () => {
      if (writable) return;
      writable = true;
      const tick = () => void dailyIfNeeded().catch(() => undefined);
      setTimeout(tick, FIRST_CHECK_MS);
      setInterval(tick, CHECK_EVERY_MS);
    },
  };
}
