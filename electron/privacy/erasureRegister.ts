// The register of anonymisations and erasures kept in the app's data folder, outside IndexedDB, so a
// wiped or replaced database never forgets an erasure. Written atomically; adding is a merge (union).
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { erasureRegisterSchema, mergeRegisters, type ErasureRecord } from '../../shared/exchanges/erasureRegister';
import { writeFileAtomic, type AtomicFs } from '../atomicWrite';
import { UserFacingError } from '../ipc/handle';

export const ERASURE_REGISTER_FILE = 'erasure-register.json';

interface RegisterFile {
  format: 'twinning-desk-erasure-register';
  records: ErasureRecord[];
}

/** The stored register; an absent file is an empty register, a damaged one is refused (never overwritten). */
export async function loadErasureRegister(file: string): Promise<ErasureRecord[]> {
  let text: string;
  try {
    text = await fsp.readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return [];
    throw error;
  }
  try {
    const doc = JSON.parse(text) as Partial<RegisterFile>;
    const parsed = erasureRegisterSchema.safeParse(doc.records);
    if (doc.format === 'twinning-desk-erasure-register' && parsed.success) return parsed.data;
  } catch {
    // Falls through to the refusal below.
  }
  throw new UserFacingError('io', 'The register of erasures in the app folder is damaged.');
}

/** One store per file: writes queue behind each other so two merges never lose a record. */
export function erasureRegisterStore(file: string, fs?: AtomicFs) {
  let queue: Promise<unknown> = Promise.resolve();
  const add = async (records: readonly ErasureRecord[]): Promise<ErasureRecord[]> => {
    const current = await loadErasureRegister(file);
    const merged = mergeRegisters(current, records);
    if (merged.length !== current.length) {
      await fsp.mkdir(path.dirname(file), { recursive: true });
      const doc: RegisterFile = { format: 'twinning-desk-erasure-register', records: merged };
      await writeFileAtomic(file, JSON.stringify(doc), fs);
    }
    return merged;
  };
  return {
    read: () => loadErasureRegister(file),
    add: (records: readonly ErasureRecord[]) => {
      const next = queue.then(() => add(records));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
