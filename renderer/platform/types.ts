// The desktop bridge as the renderer sees it: the Electron preload or the browser stand-in.
import type { OpenFileRequest, PreloadApi } from '../../shared/ipc';
import type { Canceled, Result } from '../../shared/result';

/** A chosen file as the page holds it, unread: a handle a worker can be given without copying its bytes. */
export interface ChosenBlob {
  fileName: string;
  blob: Blob;
}

export type Platform = PreloadApi & {
  /** 'desktop' in Electron, 'browser' in the stand-in used by start:web and end-to-end tests. */
  readonly kind: 'desktop' | 'browser';
  /** The browser's `openFile` without reading the file; the desktop gives an address instead (`openFileAddress`). */
  openBlob?: (request: OpenFileRequest) => Promise<Result<ChosenBlob | Canceled>>;
};

declare global {
  interface Window {
    api?: PreloadApi;
  }
}
