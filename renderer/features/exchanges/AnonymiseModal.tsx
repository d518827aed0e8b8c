// The anonymisation run's preview: every person and field it will change, the confirmation, then
// what happened to the automatic backups that held them.
import { notifyFailure } from '../../app/failure';
import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/notify';
import { previewAnonymisation, type CampRef } from '../../db/repositories/anonymisation';
import { anonymiseAndRecord, type ErasureOutcome } from './erasure';
import { ErasureOutcomeView } from './ErasureOutcome';

interface Props {
  camps: (CampRef & { title: string })[];
  onClose: (done: boolean) => void;
}

export function AnonymiseModal({ camps, onClose }: Props) {
  const { t } = useTranslation('exchanges');
  const { t: tc } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ErasureOutcome | null>(null);
  const campsKey = camps.map((c) => `${c.eventId}|${c.occurrence}`).join(',');
  const preview = useLiveQuery(() => previewAnonymisation(camps), [campsKey]);
  const titleOf = (eventId: string, occurrence: string) =>
    `${camps.find((c) => c.eventId === eventId && c.occurrence === occurrence)?.title ?? ''} ${occurrence.slice(0, 4)}`;
  const run = async () => {
    setBusy(true);
    try {
      const done = await anonymiseAndRecord(camps);
      notifySuccess(t('privacy.done', { count: done.count }));
      setOutcome(done);
    } catch (error) {
      notifyFailure('erase', error);
      setBusy(false);
    }
  };
  if (outcome) {
    return (
      <Modal opened onClose={() => onClose(true)} title={t('privacy.outcomeTitle')}>
        <Stack>
          <Text size="sm">{t('privacy.done', { count: outcome.count })}</Text>
          <ErasureOutcomeView outcome={outcome} />
          <Group justify="flex-end">
            <Button onClick={() => onClose(true)}>{tc('actions.close')}</Button>
          </Group>
        </Stack>
      </Modal>
    );
  }
  return (
    <Modal opened onClose={() => onClose(false)} size="xl" title={t('privacy.previewTitle')}>
      <Stack>
        <Alert color="orange">{t('privacy.previewBody')}</Alert>
        <Alert color="blue" title={t('privacy.backupsTitle')}>
          {t('privacy.backupsBody')}
        </Alert>
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
