// The participant CSV check run off the main thread: bytes in, progress messages, then the result.
import { serveWork } from '../../app/background';
import { checkParticipantsWork } from './csvWork';

serveWork(checkParticipantsWork);
