// The backup check off the main thread: the file's bytes in; progress, the checked records in slices and the verdict out.
import { checkBackup } from '../../../shared/backup/check';
import { serveWork } from '../../app/background';

serveWork(checkBackup);
