// A real file system whose one step of the atomic write fails with a given error code.
import { promises as fsp } from 'node:fs';
import type { AtomicFs } from '../../electron/atomicWrite';

export const fsError = (code: string) => Object.assign(new Error(code), { code });

export type AtomicStep = 'open' | 'write' | 'sync' | 'rename';

export function failingAt(step: AtomicStep, code: string): AtomicFs {
  return {
    rm: fsp.rm,
    rename: step === 'rename' ? () => Promise.reject(fsError(code)) : fsp.rename,
    open: (async (file: string, flags: string) => {
      if (step === 'open') throw fsError(code);
      const handle = await fsp.open(file, flags);
      if (step === 'write') handle.writeFile = () => Promise.reject(fsError(code));
      if (step === 'sync') handle.sync = () => Promise.reject(fsError(code));
      return handle;
    }) as AtomicFs['open'],
  };
}
