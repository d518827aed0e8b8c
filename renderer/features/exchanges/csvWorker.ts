// The participant CSV check run off the main thread: bytes in, progress messages, then the rows or the drafts.
import { serveWork } from '../../app/background';
import { participantCsvWork } from './csvWork';

serveWork(participantCsvWork);
