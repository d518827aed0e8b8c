// Boot: language first, then the database, then the app (or a screen that explains what failed).
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { openDatabase } from './db/open';
import { DatabaseErrorScreen } from './app/DatabaseErrorScreen';
import { Providers } from './app/Providers';
import { initI18n } from './i18n';

async function boot(): Promise<void> {
  // The benchmark build instruments IndexedDB before anything opens it; production drops this line.
  if (import.meta.env.MODE === 'bench') await import('./bench/hooks');
  await initI18n();
  const root = createRoot(document.getElementById('root')!);
  const opened = await openDatabase();
  root.render(
    <Providers>{opened.ok ? <App /> : <DatabaseErrorScreen problem={opened.problem} />}</Providers>,
  );
}

void boot();
