// Picks the desktop bridge when the preload exposed one, the browser stand-in otherwise.
import { createBrowserPlatform } from './browser';
import type { Platform } from './types';

export type { Platform } from './types';

export const platform: Platform = window.api ? { kind: 'desktop', ...window.api } : createBrowserPlatform();
