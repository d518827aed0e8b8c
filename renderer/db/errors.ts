// Turns Dexie and IndexedDB errors into kinds the UI can explain in the user's language.

/**
 * `readOnly`: a write refused because a newer app wrote the database; `newerEmpty`: a newer app's
 * database without the tables this version knows (nothing it could show).
 */
export type DatabaseProblem =
  'quota' | 'newer' | 'newerEmpty' | 'readOnly' | 'blocked' | 'closed' | 'validation' | 'unknown';

/** A record that failed its domain schema: each issue's message and kind with the field's path (shared/forms maps them). */
export class ValidationError extends Error {
  constructor(readonly issues: { path: string; message: string; code?: string; minimum?: unknown }[]) {
    super(`Invalid record: ${issues.map((i) => `${i.path}: ${i.message}`).join(', ')}`);
    this.name = 'ValidationError';
  }
}

export function classifyDatabaseError(error: unknown): DatabaseProblem {
  if (error instanceof ValidationError) return 'validation';
  const names = collectNames(error);
  if (names.some((n) => n === 'ReadOnlyError')) return 'readOnly';
  if (names.some((n) => n === 'QuotaExceededError')) return 'quota';
  if (names.some((n) => n === 'VersionError' || n === 'UpgradeError')) return 'newer';
  if (names.some((n) => n === 'BlockedError' || n === 'VersionChangeError')) return 'blocked';
  if (names.some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError')) return 'closed';
  return 'unknown';
}

/** Dexie wraps the DOM error: look at the error and its inner chain. */
function collectNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof e.name === 'string') names.push(e.name);
    current = e.inner ?? e.cause;
  }
  return names;
}
