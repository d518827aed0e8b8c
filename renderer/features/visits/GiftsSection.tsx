// The gift register for this visit, the partner's earlier gifts, and the repeat warning before giving.
import { FormModal } from '../../app/FormModal';
import { deleteWithUndo } from '../../app/undoable';
import { Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Gift, Visit } from '../../../shared/domain';
import { deleteGift } from '../../db/repositories/gifts';
import { useFormat } from '../../i18n/format';
import { usePartnerGifts, usePartners } from './hooks';
import { GiftForm } from './GiftForm';
import { TextCell } from '../../app/TextCell';

export function GiftsSection({ visit }: { visit: Visit }) {
  const { t } = useTranslation('visits');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const partners = usePartners() ?? [];
  const gifts = usePartnerGifts(visit.partnerIds) ?? [];
  const [adding, setAdding] = useState(false);
  const name = (id: string) => partners.find((p) => p.id === id)?.name ?? '';
  const table = (rows: Gift[], label: string) => (
    <Table striped verticalSpacing={4} fz="sm" aria-label={label}>
      <Table.Thead style={{ whiteSpace: 'nowrap' }}>
        <Table.Tr>
          {['date', 'direction', 'partner', 'counterpart', 'description', 'value'].map((k) => (
            <Table.Th key={k}>{t(`gifts.field.${k}`)}</Table.Th>
          ))}
          <Table.Th>
            <VisuallyHidden>{t('actionsColumn')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((g) => (
          <Table.Tr key={g.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(g.date, 'short')}</Table.Td>
            <Table.Td>{t(`gifts.direction.${g.direction}`)}</Table.Td>
            <TextCell text={name(g.partnerId)} />
            <TextCell text={g.counterpart ?? ''} />
            <TextCell text={g.description} minWidth={140} />
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {g.value && format.money(g.value.amount, g.value.currency)}
            </Table.Td>
            <Table.Td>
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                aria-label={t('gifts.remove', { name: g.description })}
                onClick={() => void deleteWithUndo(tc('undo.deleted', { what: g.description }), () => deleteGift(g.id))}
              >
                {tc('actions.delete')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  const ofVisit = gifts.filter((g) => g.visitId === visit.id);
  const earlier = gifts.filter((g) => g.visitId !== visit.id);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('gifts.thisVisit')}
        </Title>
        <Button size="xs" onClick={() => setAdding(true)}>
          {t('gifts.add')}
        </Button>
      </Group>
      {ofVisit.length ? (
        table(ofVisit, t('gifts.thisVisit'))
      ) : (
        <Text size="sm" c="dimmed">
          {t('gifts.none')}
        </Text>
      )}
      <Title order={3} size="h5">
        {t('gifts.earlier')}
      </Title>
      {earlier.length ? (
        table(earlier, t('gifts.earlier'))
      ) : (
        <Text size="sm" c="dimmed">
          {t('gifts.none')}
        </Text>
      )}
      <FormModal
        closeButtonProps={{ 'aria-label': tc('actions.close') }}
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('gifts.addTitle')}
        size="lg"
      >
        {adding && (
          <GiftForm
            visit={visit}
            partnerOptions={visit.partnerIds.map((id) => ({ value: id, label: name(id) }))}
            onDone={() => setAdding(false)}
          />
        )}
      </FormModal>
    </Stack>
  );
}
