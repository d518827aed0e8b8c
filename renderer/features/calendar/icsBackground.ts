// Runs the ICS preview in a module worker so a big file never freezes the window; Cancel ends the worker.
// Where workers are missing (tests in jsdom) or fail to start, it reads in the page after the next frame.
import type { IcsPreviewResult } from '../../../shared/export/icsPreview';

export interface WorkerRequest {
  bytes: Uint8Array;
  today: string;
}
export type WorkerReply =
  { type: 'progress'; done: number; total: number } | { type: 'done'; result: IcsPreviewResult };

export interface BackgroundRead {
  /** The preview, or undefined when cancelled. */
  result: Promise<IcsPreviewResult | undefined>;
  cancel: () => void;
}

function readInPage(
  bytes: Uint8Array,
  today: string,
  onProgress: (done: number, total: number) => void,
): BackgroundRead {
  let cancelled = false;
  const result = new Promise<IcsPreviewResult | undefined>((resolve) => {
    setTimeout(() => {
      if (cancelled) return resolve(undefined);
      import('../../../shared/export/icsPreview').then(
        ({ previewIcs }) => resolve(cancelled ? undefined : previewIcs(bytes, { today, onProgress })),
        () => resolve({ ok: false, code: 'malformed' }),
      );
    }, 0);
  });
  return { result, cancel: () => (cancelled = true) };
}

export function readIcsInBackground(
  bytes: Uint8Array,
  today: string,
  onProgress: (done: number, total: number) => void,
): BackgroundRead {
  if (typeof Worker === 'undefined') return readInPage(bytes, today, onProgress);
  const worker = new Worker(new URL('./icsWorker.ts', import.meta.url), { type: 'module' });
  let settle: (value: IcsPreviewResult | undefined) => void = () => undefined;
  let fallback: BackgroundRead | undefined;
  const result = new Promise<IcsPreviewResult | undefined>((resolve) => (settle = resolve));
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    if (event.data.type === 'progress') onProgress(event.data.done, event.data.total);
    else {
      settle(event.data.result);
      worker.terminate();
    }
  };
  worker.onerror = () => {
    worker.terminate();
    fallback = readInPage(bytes, today, onProgress);
    void fallback.result.then(settle);
  };
  worker.postMessage({ bytes, today } satisfies WorkerRequest);
  return {
    result,
    cancel: () => {
      worker.terminate();
      fallback?.cancel();
      settle(undefined);
    },
  };
}
