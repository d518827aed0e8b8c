// The partner CSV preview built off the main thread: bytes and mapping in, progress messages, then the rows.
import { serveWork } from '../../app/background';
import { previewPartnersWork } from './csvWork';

serveWork(previewPartnersWork);
