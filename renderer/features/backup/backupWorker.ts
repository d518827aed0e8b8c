// Backups and restores off the main thread: makes backup files, checks a file, keeps its records and writes them into
// its own instance of the database (same middleware as the page's) when asked; posts only files, progress and outcomes.
import { serveSession } from '../../app/background';
import { openDatabaseInWorker } from '../../db/open';
import { restoreWork } from './restoreWork';

serveSession(restoreWork(openDatabaseInWorker));
