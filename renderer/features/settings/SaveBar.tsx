// One way of saving on the Settings page: a section keeps a draft and stores it with its own Save button (or
// Ctrl+S); leaving the section or the page with unsaved changes asks first.
import { Button, Group, Text } from '@mantine/core';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedGuard } from '../../app/UnsavedGuard';

/** The guard of a section's draft: `guard` is the question (render it once), `saveKeys` the Ctrl+S handler. */
export function useSectionDraft(dirty: boolean, save: () => void) {
  const guarded = useUnsavedGuard(dirty, () => undefined, save);
  return { guard: guarded.guard, saveKeys: guarded.saveKeys as (event: KeyboardEvent<HTMLElement>) => void };
}

/** The section's Save button, with a word while changes are not yet saved. */
export function SaveBar({
  dirty,
  ready = true,
  label,
  onSave,
  extra,
}: {
  dirty: boolean;
  /** False while the draft holds a value that cannot be stored. */
  ready?: boolean;
  label?: string;
  /** Without it the button submits the form around it. */
  onSave?: () => void;
  extra?: ReactNode;
}) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      {extra}
      {dirty && (
        <Text size="sm" c="dimmed" role="status">
          {t('sections.unsaved')}
        </Text>
      )}
      <Button type={onSave ? 'button' : 'submit'} onClick={onSave} disabled={!dirty || !ready}>
        {label ?? tc('actions.save')}
      </Button>
    </Group>
  );
}
