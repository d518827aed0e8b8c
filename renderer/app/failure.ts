// The one error path: a failed database write, file save, print or export becomes a message in the UI language
// that names what failed and why; unhandled promise rejections are shown the same way instead of vanishing.
import Dexie from 'dexie';
import { classifyDatabaseError } from '../db/errors';
import { i18n } from '../i18n';
import { notifyError } from './notify';

/** What the user was doing: each has its own sentence (a DOCX failure is not a database error). */
export type FailedAction = 'save' | 'delete' | 'undo' | 'import' | 'erase' | 'print' | 'export' | 'unexpected';

/** True when the error came from the database (Dexie, IndexedDB, a refused record or the read-only guard). */
function fromDatabase(error: unknown): boolean {
  return error instanceof Dexie.DexieError || classifyDatabaseError(error) !== 'unknown';
}

/** Why it failed, as a sentence: the database's own reason, or the error's text for anything else. */
function reasonOf(error: unknown): string {
  const t = i18n.getFixedT(null, 'common');
  if (fromDatabase(error)) return t(`db.${classifyDatabaseError(error)}`);
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return detail ? t('failure.detail', { detail }) : t('failure.noDetail');
}

/**
 * The message for a failed `action`; `what` names the thing (a file format, a record), e.g.
 * failureMessage('export', error, 'DOCX') → "The DOCX file could not be made. …".
 */
export function failureMessage(action: FailedAction, error: unknown, what = ''): string {
  return i18n.t(`failure.${action}`, { ns: 'common', what, reason: reasonOf(error) });
}

export function notifyFailure(action: FailedAction, error: unknown, what?: string): void {
  notifyError(failureMessage(action, error, what));
}

/** Shows a promise rejection nobody caught as the same message (it stays in the console too). */
export function installRejectionHandler(target: Window = window): () => void {
  const onRejection = (event: PromiseRejectionEvent) => notifyFailure('unexpected', event.reason);
  target.addEventListener('unhandledrejection', onRejection);
  return () => target.removeEventListener('unhandledrejection', onRejection);
}
