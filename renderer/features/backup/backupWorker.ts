// The restore off the main thread: checks the file, keeps its records and writes them into its own instance of
// the database (same middleware as the page's) when asked; posts only progress, the preview and the outcome.
import { serveSession } from '../../app/background';
import { openDatabaseInWorker } from '../../db/open';
import { restoreWork } from './restoreWork';

serveSession(restoreWork(openDatabaseInWorker));
