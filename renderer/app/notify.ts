// Notifications for the outcome of file operations and saves, in the UI language.
import { notifications } from '@mantine/notifications';
import type { Canceled, Result } from '../../shared/result';
import { i18n } from '../i18n';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message });
}

export function notifyError(message: string): void {
  notifications.show({ color: 'red', message, autoClose: 10_000 });
}

/** Reports a save through the platform: the file's name, a quiet cancel, or the failure's reason. */
export function notifyFileResult(result: Result<{ fileName: string } | Canceled>): boolean {
  if (!result.ok) {
    notifyError(i18n.t(`file.${result.error.code}`, { ns: 'common' }));
    return false;
  }
  if ('canceled' in result.value) return false;
  notifySuccess(i18n.t('file.saved', { ns: 'common', name: result.value.fileName }));
  return true;
}
