// The privacy channels: the register of anonymisations and erasures in the app's data folder.
import type { ErasureRecord } from '../../shared/exchanges/erasureRegister';
import { erasureRegisterStore } from '../privacy/erasureRegister';

export interface PrivacyDeps {
  /** `erasure-register.json` in the app's user-data folder. */
  registerFile: string;
}

export function privacyHandlers(deps: PrivacyDeps) {
  const store = erasureRegisterStore(deps.registerFile);
  return {
    readErasureRegister: () => store.read(),
    addToErasureRegister: ({ records }: { records: ErasureRecord[] }) => store.add(records),
  };
}
