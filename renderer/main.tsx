// Boot: language first, then the database, then the app (or a screen that explains what failed).
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/app.css';
import { lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { onDatabaseBlocked, onDatabaseClosedByOther, openDatabase } from './db/open';
import { BootFailure } from './app/BootFailure';
import { installRejectionHandler } from './app/failure';
import { Providers } from './app/Providers';
import { currentLanguage, initI18n } from './i18n';
import { platform } from './platform';
import { startAutomaticBackups } from './features/backup/automatic';
import { ReadOnlyNotice } from './features/backup/ReadOnlyNotice';
import { syncErasureRegister } from './features/exchanges/erasure';
import { resumeTeamSync } from './db/sync/team';
import { afterFirstScreen } from './app/afterFirstScreen';

const root = createRoot(document.getElementById('root')!);

/** Shown only when the database cannot be used: its recovery code loads then, not at every start. */
const ErrorScreen = lazy(async () => ({ default: (await import('./app/DatabaseErrorScreen')).DatabaseErrorScreen }));
const DatabaseErrorScreen = (props: Parameters<typeof ErrorScreen>[0]) => (
  <Suspense fallback={null}>
    <ErrorScreen {...props} />
  </Suspense>
);

async function boot(): Promise<void> {
  // The benchmark build instruments IndexedDB before anything opens it; production drops this line.
  if (import.meta.env.MODE === 'bench') await import('./bench/hooks');
  await initI18n();
  // A promise rejection nobody caught is shown to the user, in their language, instead of vanishing.
  installRejectionHandler();
  // The native menu follows the language the interface starts in (stored by the renderer).
  void platform.setLanguage({ language: currentLanguage() });
  const automaticBackups = startAutomaticBackups();
  const stopWaiting = onDatabaseBlocked(() =>
    root.render(
      <Providers>
        <DatabaseErrorScreen problem="blocked" />
      </Providers>,
    ),
  );
  const opened = await openDatabase();
  stopWaiting();
  if (!opened.ok) {
    root.render(
      <Providers>
        <DatabaseErrorScreen problem={opened.problem} />
      </Providers>,
    );
    return;
  }
  onDatabaseClosedByOther(() =>
    root.render(
      <Providers>
        <DatabaseErrorScreen problem="closed" />
      </Providers>,
    ),
  );
  // The benchmark build measures whole-table reads: an automatic backup in the middle would skew them.
  if (!opened.newerThanApp && import.meta.env.MODE !== 'bench') {
    // Every erasure the app's data folder remembers holds for this database too, before anything shows.
    await syncErasureRegister().catch((error: unknown) => console.error(error));
    automaticBackups.enable();
  }
  root.render(
    <Providers>
      <App />
      {opened.newerThanApp && <ReadOnlyNotice />}
    </Providers>,
  );
  // Team sync resumes in the background once the first screen is drawn: the worker (and PouchDB) load only when it
  // is on, and its catch-up with the server does not compete with that screen's reads. The benchmark's team-sync
  // figures are taken with it running, as at the office.
  if (!opened.newerThanApp)
    afterFirstScreen(() => void resumeTeamSync().catch((error: unknown) => console.error(error)));
}

boot().catch((error: unknown) => {
  // Never a blank window: whatever failed before the app could show itself is said in both languages.
  console.error(error);
  root.render(<BootFailure error={error} />);
});
