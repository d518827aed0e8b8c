// Runs the ICS preview in a module worker so a big file never freezes the window (its events come in batches and
// are assembled here); Cancel ends the worker.
// Where workers are missing (tests in jsdom) or fail to start, it reads in the page after the next task.
import { icsPreviewCollector, type IcsPreviewPart, type IcsPreviewResult } from '../../../shared/export/icsPreview';
import { runInBackground, type Background } from '../../app/background';

export interface WorkerRequest {
  bytes: Uint8Array;
  today: string;
}
export type WorkerReply = { type: 'progress'; done: number; total: number } | IcsPreviewPart;

export type BackgroundRead = Background<IcsPreviewResult>;

export function readIcsInBackground(
  bytes: Uint8Array,
  today: string,
  onProgress: (done: number, total: number) => void,
): BackgroundRead {
  return runInBackground({
    request: { bytes, today } satisfies WorkerRequest,
    worker: () => new Worker(new URL('./icsWorker.ts', import.meta.url), { type: 'module' }),
    inPage: () => import('./icsWork').then((m) => m.previewIcsWork),
    // The page assembles the preview from the worker's parts: the worker keeps none of the events it posts.
    receiver: () => {
      const collect = icsPreviewCollector();
      return (reply: WorkerReply) => {
        if (reply.type === 'progress') return void onProgress(reply.done, reply.total);
        const result = collect(reply);
        return result && { value: result };
      };
    },
  });
}
