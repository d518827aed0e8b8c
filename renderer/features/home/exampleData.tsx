// Loading the example office and removing it in one step (with Undo), for the start screen, the dashboard and Settings.
import { notifyFailure } from '../../app/failure';
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDelete } from '../../app/ConfirmDelete';
import { notifySuccess } from '../../app/notify';
import { deleteWithUndo } from '../../app/undoable';
import { loadExampleData, removeExampleData } from '../../db/repositories/example';
import { todayIso } from '../../app/today';
import { useWriteLock } from '../../app/writeLock';

export function LoadExampleButton({ variant = 'filled' }: { variant?: 'filled' | 'default' }) {
  const { t } = useTranslation();
  const lock = useWriteLock();
  const [busy, setBusy] = useState(false);
  const load = async () => {
    setBusy(true);
    try {
      await loadExampleData(todayIso());
      notifySuccess(t('example.loaded'));
    } catch (error) {
      notifyFailure('import', error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button {...lock} variant={variant} loading={busy} onClick={() => void load()}>
      {t('example.load')}
    </Button>
  );
}

export function RemoveExampleButton() {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const remove = async () => {
    setAsking(false);
    await deleteWithUndo(t('example.removed'), removeExampleData);
  };
  return (
    <>
      <Button variant="light" color="red" w="fit-content" onClick={() => setAsking(true)}>
        {t('example.remove')}
      </Button>
      <ConfirmDelete
        opened={asking}
        title={t('example.removeTitle')}
        message={t('example.removeMessage')}
        onCancel={() => setAsking(false)}
        onConfirm={() => void remove()}
      />
    </>
  );
}
