// The desktop bridge as the renderer sees it: the Electron preload or the browser stand-in.
import type { PreloadApi } from '../../shared/ipc';

export type Platform = PreloadApi & {
  /** 'desktop' in Electron, 'browser' in the stand-in used by start:web and end-to-end tests. */
  readonly kind: 'desktop' | 'browser';
};

declare global {
  interface Window {
    api?: PreloadApi;
  }
}
