// Automatic backups: the folder, how many to keep, a list with date, size and counts, each restorable in two clicks.
import type { BackupSource } from '../../../shared/backup/check';
import { Alert, Button, Card, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AutoBackupEntry } from '../../../shared/backup/rotation';
import { ConfirmDelete } from '../../app/ConfirmDelete';
import { notifyError, notifySuccess } from '../../app/notify';
import { useFormat } from '../../i18n/format';
import { platform } from '../../platform';
import { errorMessage, makeAutoBackup, readAutoBackupFile, unwrap } from './flows';
import type { useAutoBackups } from './useAutoBackups';

const total = (e: AutoBackupEntry) => (e.counts ? Object.values(e.counts).reduce((a, b) => a + b, 0) : null);

export function AutoBackupsCard({
  auto,
  onRestore,
}: {
  auto: ReturnType<typeof useAutoBackups>;
  onRestore: (file: BackupSource) => Promise<void>;
}) {
  const { t } = useTranslation('backup');
  const format = useFormat();
  const { settings, entries, refresh } = auto;
  const [daily, setDaily] = useState<number | string>(7);
  const [weekly, setWeekly] = useState<number | string>(8);
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState<AutoBackupEntry | null>(null);
  useEffect(() => {
    if (!settings) return;
    setDaily(settings.rotation.daily);
    setWeekly(settings.rotation.weekly);
  }, [settings]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notifyError(errorMessage(error));
    } finally {
      setBusy(false);
      await refresh();
    }
  };
  const chooseFolder = () =>
    run(async () => {
      const chosen = unwrap(await platform.chooseBackupFolder());
      if (!('canceled' in chosen)) notifySuccess(t('auto.folderChanged'));
    });
  const saveRotation = () =>
    run(async () => {
      unwrap(
        await platform.setBackupRotation({
          daily: Number(daily),
          weekly: Number(weekly),
          safety: settings?.rotation.safety ?? 5,
        }),
      );
      notifySuccess(t('auto.rotationSaved'));
    });
  const backUp = () =>
    run(async () => {
      await makeAutoBackup('daily');
      notifySuccess(t('auto.created'));
    });
  const restore = (name: string) => run(async () => onRestore(await readAutoBackupFile(name)));
  const remove = (entry: AutoBackupEntry) =>
    run(async () => {
      setDeleting(null);
      unwrap(await platform.deleteAutoBackup({ name: entry.name }));
      notifySuccess(t('auto.deleted', { date: format.date(entry.createdAt, 'longTime') }));
    });
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? `${format.number(Math.ceil(bytes / 1024))} KB`
      : `${format.number(Math.round(bytes / 104857.6) / 10)} MB`;

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('auto.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('auto.help')} {settings?.encryptedAtRest === true && t('auto.encrypted')}
        </Text>
        {settings?.encryptedAtRest === false && (
          <Alert color="orange" title={t('auto.plainTitle')}>
            {t('auto.plain')}
          </Alert>
        )}
        {auto.failed && (
          <Alert color="red" role="alert">
            {t('errors.unavailable')}
          </Alert>
        )}
        {settings &&
          (settings.folder === null ? (
            <Text size="sm">{t('auto.browserFolder')}</Text>
          ) : (
            <Group>
              <Text size="sm">
                {t('auto.folder')}:{' '}
                <Text span ff="monospace" size="sm">
                  {settings.folder}
                </Text>
              </Text>
              <Button size="xs" variant="default" onClick={() => void chooseFolder()} disabled={busy}>
                {t('auto.chooseFolder')}
              </Button>
            </Group>
          ))}
        <Group align="flex-end">
          <NumberInput label={t('auto.keepDaily')} min={1} max={365} value={daily} onChange={setDaily} w={240} />
          <NumberInput label={t('auto.keepWeekly')} min={0} max={520} value={weekly} onChange={setWeekly} w={240} />
          <Button variant="default" onClick={() => void saveRotation()} disabled={busy}>
            {t('auto.saveRotation')}
          </Button>
        </Group>
        <Group>
          <Button variant="light" onClick={() => void backUp()} loading={busy}>
            {t('auto.createNow')}
          </Button>
        </Group>
        {entries && entries.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('auto.none')}
          </Text>
        )}
        {entries && entries.length > 0 && (
          <Table striped withTableBorder verticalSpacing={4} aria-label={t('auto.list')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('auto.date')}</Table.Th>
                <Table.Th>{t('auto.kind')}</Table.Th>
                <Table.Th ta="right">{t('auto.size')}</Table.Th>
                <Table.Th ta="right">{t('auto.records')}</Table.Th>
                <Table.Th>{t('auto.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => {
                const date = format.date(e.createdAt, 'longTime');
                const records = total(e);
                return (
                  <Table.Tr key={e.name}>
                    <Table.Td>{date}</Table.Td>
                    <Table.Td>{t(`auto.kinds.${e.kind}`)}</Table.Td>
                    <Table.Td ta="right">{size(e.size)}</Table.Td>
                    <Table.Td ta="right">
                      {records === null ? t('auto.unknownCounts') : format.number(records)}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="default"
                        aria-label={t('auto.restoreNamed', { date })}
                        onClick={() => void restore(e.name)}
                        disabled={busy}
                      >
                        {t('auto.restore')}
                      </Button>{' '}
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('auto.deleteNamed', { date })}
                        onClick={() => setDeleting(e)}
                        disabled={busy}
                      >
                        {t('auto.delete')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <ConfirmDelete
        opened={deleting !== null}
        title={t('auto.deleteTitle')}
        message={deleting ? t('auto.deleteBody', { date: format.date(deleting.createdAt, 'longTime') }) : ''}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && void remove(deleting)}
      />
    </Card>
  );
}
