// On the "cannot open the database" screen: offers the newest automatic backup, replacing the database only when confirmed.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AutoBackupEntry } from '../../../shared/backup/rotation';
import { recoverDatabaseFrom } from './recover';
import { useFormat } from '../../i18n/format';
import { platform } from '../../platform';
import { errorMessage, readAutoBackupFile } from './flows';

export function RecoveryOffer() {
  const { t } = useTranslation('backup');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const [newest, setNewest] = useState<AutoBackupEntry | null | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [state, setState] = useState<{ busy: boolean; error?: string; done?: boolean }>({ busy: false });
  useEffect(() => {
    void platform.listAutoBackups().then((r) => setNewest(r.ok ? (r.value[0] ?? null) : null));
  }, []);
  if (newest === undefined) return null;
  if (newest === null) return <Text size="sm">{t('durability.recoveryNone')}</Text>;
  const date = format.date(newest.createdAt, 'longTime');
  const total = newest.counts ? Object.values(newest.counts).reduce((a, b) => a + b, 0) : 0;
  const recover = async () => {
    setState({ busy: true });
    try {
      await recoverDatabaseFrom(await readAutoBackupFile(newest.name));
      setState({ busy: false, done: true });
      // Start again on the dashboard: the record that was open may not exist in the backup.
      setTimeout(() => {
        window.location.hash = '#/';
        window.location.reload();
      }, 1000);
    } catch (error) {
      setState({ busy: false, error: errorMessage(error) });
    }
  };
  return (
    <Stack gap="sm">
      <Text fw={600}>{t('durability.recoveryTitle')}</Text>
      <Text size="sm">{t('durability.recoveryHelp')}</Text>
      <Text size="sm">{t('durability.recoveryOffer', { date, total })}</Text>
      {state.error && (
        <Alert color="red" role="alert">
          {state.error}
        </Alert>
      )}
      {state.done && (
        <Alert color="green" role="status">
          {t('durability.recoveryDone')}
        </Alert>
      )}
      {!confirming ? (
        <Button w="fit-content" variant="default" onClick={() => setConfirming(true)}>
          {t('durability.recoveryRestore')}
        </Button>
      ) : (
        <Alert color="orange">
          <Stack gap="xs">
            <Text size="sm">{t('durability.recoveryConfirm', { date })}</Text>
            <Group>
              <Button color="red" loading={state.busy} disabled={state.done} onClick={() => void recover()}>
                {tc('actions.confirm')}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)} disabled={state.busy}>
                {tc('actions.cancel')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
