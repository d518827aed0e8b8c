// The browser stand-in's register of anonymisations and erasures: kept in localStorage, apart from the
// app's IndexedDB, as the desktop keeps it in the app's data folder apart from the database.
import { erasureRegisterSchema, mergeRegisters } from '../../shared/exchanges/erasureRegister';
import { fail, ok } from '../../shared/result';
import type { Platform } from './types';

/** Everything under `twinning.dataFolder.` plays the desktop's data folder. */
export const ERASURE_REGISTER_KEY = 'twinning.dataFolder.erasureRegister';

function read() {
  const parsed = erasureRegisterSchema.safeParse(
    JSON.parse(globalThis.localStorage.getItem(ERASURE_REGISTER_KEY) ?? '[]'),
  );
  if (!parsed.success) throw new Error('damaged');
  return parsed.data;
}

const guard = <T>(work: () => T) => {
  try {
    return Promise.resolve(ok(work()));
  } catch {
    return Promise.resolve(fail('io', 'The register of erasures could not be used.'));
  }
};

export function createBrowserPrivacy(): Pick<Platform, 'readErasureRegister' | 'addToErasureRegister'> {
  return {
    readErasureRegister: () => guard(read),
    addToErasureRegister: ({ records }) =>
      guard(() => {
        const current = read();
        const merged = mergeRegisters(current, records);
        if (merged.length !== current.length)
          globalThis.localStorage.setItem(ERASURE_REGISTER_KEY, JSON.stringify(merged));
        return merged;
      }),
  };
}
