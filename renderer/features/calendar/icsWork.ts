// The ICS import preview as background work: bytes in, progress messages and the preview's parts as they are read
// (events in batches, none kept here), then the end or the refusal.
import { streamIcsPreview } from '../../../shared/export/icsPreview';
import type { Work } from '../../app/background';
import type { WorkerReply, WorkerRequest } from './icsBackground';

export const previewIcsWork: Work<WorkerRequest, WorkerReply> = ({ bytes, today }, post) =>
  streamIcsPreview(bytes, post, {
    today,
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  });
