// Both languages' strings at once, for code that must read the two (key-parity tests, CSV imports that
// accept Polish or English headers). The app itself loads one language at a time (renderer/i18n/index.ts).
import en from './en';
import pl from './pl';

export const resources = { pl, en } as const;

export type Namespace = keyof (typeof resources)['pl'];
