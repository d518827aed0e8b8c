// Deletes through a repository and offers "Undo" in a notification for 15 seconds; undo puts back every row the delete touched.
import { notifyFailure } from './failure';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { recordUndo } from '../db/undo';
import { i18n } from '../i18n';
import { notifySuccess } from './notify';

/** How long the "Undo" stays on screen. */
export const UNDO_MS = 15_000;

let counter = 0;

/**
 * Runs `change` (a delete), then shows `message` with an "Undo" button. Returns false, after telling
 * the user why, when the delete failed (nothing was deleted then).
 */
export function deleteWithUndo(message: string, change: () => Promise<unknown>): Promise<boolean> {
  return withUndo('delete', message, change);
}

/** The same for a change that is not a delete (e.g. an event moved in the calendar). */
export function saveWithUndo(message: string, change: () => Promise<unknown>): Promise<boolean> {
  return withUndo('save', message, change);
}

async function withUndo(kind: 'delete' | 'save', message: string, change: () => Promise<unknown>): Promise<boolean> {
  let undo;
  try {
    undo = await recordUndo(change);
  } catch (error) {
    notifyFailure(kind, error);
    return false;
  }
  const id = `undo-${++counter}`;
  const run = async () => {
    notifications.hide(id);
    try {
      await undo.run();
      notifySuccess(i18n.t('undo.done', { ns: 'common' }));
    } catch (error) {
      notifyFailure('undo', error);
    }
  };
  notifications.show({
    id,
    autoClose: UNDO_MS,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message}</Text>
        <Button size="compact-sm" variant="light" onClick={() => void run()}>
          {i18n.t('undo.action', { ns: 'common' })}
        </Button>
      </Group>
    ),
  });
  return true;
}
