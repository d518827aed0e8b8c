// The ICS import preview as background work: bytes in, progress messages, then the preview or refusal.
import { previewIcs } from '../../../shared/export/icsPreview';
import type { Work } from '../../app/background';
import type { WorkerReply, WorkerRequest } from './icsBackground';

export const previewIcsWork: Work<WorkerRequest, WorkerReply> = ({ bytes, today }, post) => {
  const result = previewIcs(bytes, {
    today,
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  });
  post({ type: 'done', result });
};
