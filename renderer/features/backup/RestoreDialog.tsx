// The restore dialog: passphrase when the file is encrypted, the preview, the safety copy and the restore, or why not.
import type { BackupSource } from '../../../shared/backup/check';
import { Alert, Button, Group, List, Modal, PasswordInput, Progress, Stack, Table, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupError } from '../../../shared/backup/errors';
import { backupTableNames } from '../../../shared/backup/tables';
import { notifySuccess } from '../../app/notify';
import { i18n } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { useTeamStatus } from '../../db/sync/status';
import { disconnectTeam } from '../../db/sync/team';
import {
  checkBackupFile,
  errorMessage,
  restoreWithSafetyCopy,
  WRITING_FROM,
  type BackupCheck,
  type OpenedBackup,
} from './flows';

type Step =
  | { kind: 'closed' }
  /** The file is encrypted: its worker waits for the passphrase. */
  | { kind: 'passphrase'; error?: string }
  /** The file is read and checked in a worker: a progress bar at once, and Cancel. */
  | { kind: 'checking'; progress: number }
  | { kind: 'preview'; opened: OpenedBackup }
  /** `cancel`: while the safety copy is made, before anything is written. */
  | { kind: 'restoring'; progress: number; cancel?: AbortController }
  | { kind: 'error'; message: string };

/** Opens the dialog for a chosen file; `onRestored` runs after a successful restore. */
export function useRestoreDialog(onRestored?: () => void) {
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const running = useRef<BackupCheck | undefined>(undefined);
  const outcome = async (run: BackupCheck, answer: Promise<OpenedBackup | undefined>, unlocking: boolean) => {
    try {
      const opened = await answer;
      if (opened) setStep({ kind: 'preview', opened });
    } catch (error) {
      const message = errorMessage(error);
      // An encrypted file keeps its worker, which takes the passphrase; any other refusal ends it.
      if (error instanceof BackupError && error.code === 'passphraseNeeded') setStep({ kind: 'passphrase' });
      else if (unlocking) setStep({ kind: 'passphrase', error: message });
      else {
        run.cancel();
        setStep({ kind: 'error', message });
      }
    }
  };
  /** The bar shows in the same task as the choice, before the worker has started. */
  const start = async (file: BackupSource) => {
    running.current?.cancel();
    setStep({ kind: 'checking', progress: 0 });
    const run = checkBackupFile(file, (progress) =>
      setStep((s) => (s.kind === 'checking' ? { kind: 'checking', progress } : s)),
    );
    running.current = run;
    await outcome(run, run.result, false);
  };
  const unlock = async (passphrase: string) => {
    const run = running.current;
    if (!run) return;
    setStep({ kind: 'checking', progress: 0 });
    await outcome(run, run.unlock(passphrase), true);
  };
  /** With team sync on, `disconnect` stops it first: the restored data then stay on this desk only. */
  const restore = async (opened: OpenedBackup, disconnect = false) => {
    const cancel = new AbortController();
    setStep({ kind: 'restoring', progress: 0, cancel });
    try {
      if (disconnect) await disconnectTeam();
      const safety = await restoreWithSafetyCopy(
        opened,
        // Cancel stays offered while the safety copy is made, up to the moment the data are written.
        (progress) => setStep({ kind: 'restoring', progress, cancel: progress < WRITING_FROM ? cancel : undefined }),
        cancel.signal,
      );
      if (!safety) return;
      setStep({ kind: 'closed' });
      notifySuccess(`${i18nDone()} ${i18nSafety(safety.name)}`);
      onRestored?.();
    } catch (error) {
      setStep({ kind: 'error', message: errorMessage(error) });
    }
  };
  const close = () => {
    // While the data are written nothing closes the dialog (Escape included): the write ends as a whole.
    if (step.kind === 'restoring' && !step.cancel) return;
    if (step.kind === 'restoring') step.cancel?.abort();
    // Cancelling the check or the preview ends the worker; nothing has been written, so the database is as it was.
    running.current?.cancel();
    running.current = undefined;
    setStep({ kind: 'closed' });
  };
  const dialog = <RestoreModal step={step} onClose={close} onPassphrase={unlock} onConfirm={restore} />;
  return { start, dialog };
}

const i18nDone = () => i18n.t('preview.done', { ns: 'backup' });
const i18nSafety = (name: string) => i18n.t('preview.safetySaved', { ns: 'backup', name });

function RestoreModal({
  step,
  onClose,
  onPassphrase,
  onConfirm,
}: {
  step: Step;
  onClose: () => void;
  onPassphrase: (passphrase: string) => Promise<void>;
  onConfirm: (opened: OpenedBackup, disconnect?: boolean) => Promise<void>;
}) {
  const { t } = useTranslation('backup');
  const { t: tc } = useTranslation();
  const title =
    step.kind === 'passphrase'
      ? t('passphrase.title')
      : step.kind === 'error'
        ? t('preview.errorTitle')
        : t('preview.title');
  return (
    <Modal
      opened={step.kind !== 'closed'}
      onClose={onClose}
      title={title}
      size="lg"
      closeOnClickOutside={step.kind !== 'restoring'}
      closeOnEscape={step.kind !== 'restoring' || step.cancel !== undefined}
      withCloseButton={step.kind !== 'restoring'}
    >
      {step.kind === 'passphrase' && <PassphraseStep error={step.error} onSubmit={onPassphrase} onCancel={onClose} />}
      {step.kind === 'preview' && <PreviewStep opened={step.opened} onConfirm={onConfirm} onCancel={onClose} />}
      {step.kind === 'checking' && (
        <Stack>
          <Text>{t('preview.checking')}</Text>
          <Progress value={step.progress * 100} aria-label={t('preview.checkingProgress')} />
          <Button variant="default" w="fit-content" onClick={onClose}>
            {tc('actions.cancel')}
          </Button>
        </Stack>
      )}
      {step.kind === 'restoring' && (
        <Stack>
          <Text>{t('preview.restoring')}</Text>
          <Progress value={step.progress * 100} aria-label={t('manual.progress')} />
          {step.cancel && (
            <Button variant="default" w="fit-content" onClick={onClose}>
              {tc('actions.cancel')}
            </Button>
          )}
        </Stack>
      )}
      {step.kind === 'error' && (
        <Stack>
          <Alert color="red" role="alert">
            {step.message}
          </Alert>
          <Button w="fit-content" onClick={onClose}>
            {tc('actions.close')}
          </Button>
        </Stack>
      )}
    </Modal>
  );
}

function PassphraseStep({
  error,
  onSubmit,
  onCancel,
}: {
  error?: string;
  onSubmit: (passphrase: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('backup');
  const { t: tc } = useTranslation();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void onSubmit(value).finally(() => setBusy(false));
      }}
    >
      <Stack>
        <PasswordInput
          label={t('passphrase.label')}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          error={error}
          data-autofocus
        />
        <Group>
          <Button type="submit" loading={busy} disabled={value.length === 0}>
            {t('passphrase.open')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {tc('actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PreviewStep({
  opened,
  onConfirm,
  onCancel,
}: {
  opened: OpenedBackup;
  onConfirm: (opened: OpenedBackup, disconnect?: boolean) => Promise<void>;
  onCancel: () => void;
}) {
  const team = useTeamStatus().state !== 'off';
  const { t } = useTranslation('backup');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const { preview, register, effect } = opened;
  return (
    <Stack>
      <Text>
        {t('preview.created', { date: format.date(preview.createdAt, 'longTime'), version: preview.appVersion })}
      </Text>
      <Text size="sm">
        {preview.range
          ? t('preview.range', { from: format.date(preview.range.from), to: format.date(preview.range.to) })
          : t('preview.noRange')}
      </Text>
      <Table striped withTableBorder aria-label={t('preview.table')} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('preview.kind')}</Table.Th>
            <Table.Th ta="right">{t('preview.current')}</Table.Th>
            <Table.Th ta="right">{t('preview.incoming')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backupTableNames.map((name) => (
            <Table.Tr key={name}>
              <Table.Td>{t(`tables.${name}`)}</Table.Td>
              <Table.Td ta="right">{format.number(preview.current[name])}</Table.Td>
              <Table.Td ta="right">{format.number(preview.incoming[name])}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {preview.unknownFields.length > 0 && (
        <Alert color="yellow" title={t('preview.unknownTitle')} role="status">
          <Text size="sm">{t('preview.unknownBody')}</Text>
          <List size="sm" aria-label={t('preview.unknownTitle')}>
            {preview.unknownFields.map((u) => (
              <List.Item key={`${u.table}.${u.field}`}>
                {t('preview.unknownField', { table: t(`tables.${u.table}`), field: u.field, count: u.count })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {register.length > 0 && (
        <Alert color="blue">
          <Stack gap={4}>
            <Text size="sm">{t('preview.register', { count: register.length })}</Text>
            {effect.reanonymised > 0 && (
              <Text size="sm">{t('preview.reanonymised', { count: effect.reanonymised })}</Text>
            )}
            {effect.erased > 0 && <Text size="sm">{t('preview.reerased', { count: effect.erased })}</Text>}
          </Stack>
        </Alert>
      )}
      <Alert color="orange">{t('preview.warning')}</Alert>
      {team && (
        <Alert color="yellow" title={t('preview.team.title')} role="status">
          {t('preview.team.body')}
        </Alert>
      )}
      <Group>
        {team ? (
          <>
            <Button color="red" onClick={() => void onConfirm(opened, false)}>
              {t('preview.team.send')}
            </Button>
            <Button color="orange" variant="light" onClick={() => void onConfirm(opened, true)}>
              {t('preview.team.disconnect')}
            </Button>
          </>
        ) : (
          <Button color="red" onClick={() => void onConfirm(opened)}>
            {t('preview.confirm')}
          </Button>
        )}
        <Button variant="default" onClick={onCancel}>
          {tc('actions.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
