// The partner CSV read off the main thread: bytes and mapping in, progress messages, then the rows or the drafts.
import { serveWork } from '../../app/background';
import { partnerCsvWork } from './csvWork';

serveWork(partnerCsvWork);
