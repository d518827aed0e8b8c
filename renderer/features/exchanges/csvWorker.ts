// The participant CSV's worker: holds the file's bytes for the import dialog and reads them for the check and for Save.
import { serveSession } from '../../app/background';
import { serveFile } from '../../app/fileSession';
import { participantCsvWork } from './csvWork';

serveSession(serveFile(participantCsvWork));
