// The partner CSV's worker: holds the file's bytes for the import dialog and reads them for each preview and for Save.
import { serveSession } from '../../app/background';
import { serveFile } from '../../app/fileSession';
import { partnerCsvWork } from './csvWork';

serveSession(serveFile(partnerCsvWork));
