// The ICS import preview built off the main thread: bytes in, progress messages, then the preview or refusal.
import { serveWork } from '../../app/background';
import { previewIcsWork } from './icsWork';

serveWork(previewIcsWork);
