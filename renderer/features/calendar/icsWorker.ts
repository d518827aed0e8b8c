// The ICS import's worker: holds the file's bytes for the import dialog and reads them for the preview and for Save.
import { serveSession } from '../../app/background';
import { serveFile } from '../../app/fileSession';
import { icsFileWork } from './icsWork';

serveSession(serveFile(icsFileWork));
