// The ICS import preview as background work over the file's bytes: progress messages and the preview's parts as they
// are read (events in batches, none kept here), then the end or the refusal.
import { streamIcsPreview } from '../../../shared/export/icsPreview';
import type { FileWork } from '../../app/fileSession';
import type { IcsRun, WorkerReply } from './icsBackground';

export const icsFileWork: FileWork<IcsRun, WorkerReply> = ({ bytes, today }, post) =>
  streamIcsPreview(bytes, post, {
    today,
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  });
