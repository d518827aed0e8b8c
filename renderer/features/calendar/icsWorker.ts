// The ICS import preview built off the main thread: bytes in, progress messages, then the preview or refusal.
import { previewIcs } from '../../../shared/export/icsPreview';
import type { WorkerReply, WorkerRequest } from './icsBackground';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerReply) => void;
};

scope.onmessage = (event) => {
  const { bytes, today } = event.data;
  const result = previewIcs(bytes, {
    today,
    onProgress: (done, total) => scope.postMessage({ type: 'progress', done, total }),
  });
  scope.postMessage({ type: 'done', result });
};
