// The anonymisation run's preview: every person and field it will change, then the confirmation.
import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ROTATION, type RotationPolicy } from '../../../shared/backup/rotation';
import { longestBackupKeep } from '../../../shared/exchanges/retention';
import { notifyError, notifySuccess } from '../../app/notify';
import { classifyDatabaseError } from '../../db/errors';
import { anonymiseCamps, previewAnonymisation, type CampRef } from '../../db/repositories/anonymisation';
import { platform } from '../../platform';

interface Props {
  camps: (CampRef & { title: string })[];
  onClose: (done: boolean) => void;
}

export function AnonymiseModal({ camps, onClose }: Props) {
  const { t } = useTranslation('exchanges');
  const { t: tc } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [rotation, setRotation] = useState<RotationPolicy | null>(null);
  useEffect(() => {
    let live = true;
    // The stored rotation decides how long older automatic backups stay; the default if it cannot be read.
    void platform.backupSettings().then(
      (r) => live && setRotation(r.ok ? r.value.rotation : DEFAULT_ROTATION),
      () => live && setRotation(DEFAULT_ROTATION),
    );
    return () => {
      live = false;
    };
  }, []);
  const keep = rotation && longestBackupKeep(rotation);
  const campsKey = camps.map((c) => `${c.eventId}|${c.occurrence}`).join(',');
  const preview = useLiveQuery(() => previewAnonymisation(camps), [campsKey]);
  const titleOf = (eventId: string, occurrence: string) =>
    `${camps.find((c) => c.eventId === eventId && c.occurrence === occurrence)?.title ?? ''} ${occurrence.slice(0, 4)}`;
  const run = async () => {
    setBusy(true);
    try {
      const count = await anonymiseCamps(camps);
      notifySuccess(t('privacy.done', { count }));
      onClose(true);
    } catch (error) {
      notifyError(tc(`db.${classifyDatabaseError(error)}`));
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={() => onClose(false)} size="xl" title={t('privacy.previewTitle')}>
      <Stack>
        <Alert color="orange">{t('privacy.previewBody')}</Alert>
        {rotation && keep && (
          <Alert color="blue" title={t('privacy.backupsTitle')}>
            {t('privacy.backupsBody', {
              period: t(`privacy.${keep.unit}`, { count: keep.count }),
              safety: rotation.safety,
            })}
          </Alert>
        )}
        {preview && (
          <>
            <Text size="sm" aria-live="polite">
              {t('privacy.willChange', { count: preview.length })}
            </Text>
            <Table aria-label={t('privacy.previewTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('field.name')}</Table.Th>
                  <Table.Th>{t('privacy.camp')}</Table.Th>
                  <Table.Th>{t('privacy.removed')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.map(({ participant: p, fields }) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      {p.lastName} {p.firstName}
                    </Table.Td>
                    <Table.Td>{titleOf(p.eventId, p.occurrence)}</Table.Td>
                    <Table.Td>{fields.map((f) => t(`privacy.field.${f}`)).join(', ')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose(false)}>
            {tc('actions.cancel')}
          </Button>
          <Button color="red" loading={busy} disabled={!preview?.length} onClick={() => void run()}>
            {t('privacy.confirm', { count: preview?.length ?? 0 })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
