// The gift register for this visit, the partner's earlier gifts, and the repeat warning before giving.
import { FormModal, useFormChanges } from '../../app/FormModal';
import { DateField } from '../../app/DateField';
import { deleteWithUndo } from '../../app/undoable';
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { giftDirections, type Gift, type GiftDirection, type Visit } from '../../../shared/domain';
import { deleteGift, findRepeatedGifts, saveGift } from '../../db/repositories/gifts';
import { useFormat } from '../../i18n/format';
import { usePartnerGifts, usePartners } from './hooks';
import { attempt, type FieldErrors } from './save';
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

function GiftForm({
  visit,
  partnerOptions,
  onDone,
}: {
  visit: Visit;
  partnerOptions: { value: string; label: string }[];
  onDone: () => void;
}) {
  const { t } = useTranslation('visits');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const [initial] = useState(() => ({
    direction: 'given' as GiftDirection,
    partnerId: visit.partnerIds[0] ?? '',
    counterpart: '',
    description: '',
    amount: '' as number | string,
    currency: 'PLN',
    date: visit.start,
  }));
  const [g, setG] = useState(initial);
  const changes = useFormChanges(JSON.stringify(g) !== JSON.stringify(initial), onDone);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [repeats, setRepeats] = useState<Gift[] | null>(null);
  const set = (patch: Partial<typeof g>) => {
    setG((x) => ({ ...x, ...patch }));
    setRepeats(null);
  };

  const submit = async (confirmed: boolean) => {
    if (!confirmed) {
      const found = await findRepeatedGifts({
        partnerId: g.partnerId,
        direction: g.direction,
        description: g.description,
      });
      if (found.length > 0) return setRepeats(found);
    }
    const failed = await attempt(() =>
      saveGift({
        partnerId: g.partnerId,
        visitId: visit.id,
        direction: g.direction,
        counterpart: g.counterpart.trim() || undefined,
        description: g.description,
        date: g.date,
        value:
          typeof g.amount === 'number' ? { amount: g.amount, currency: g.currency.trim().toUpperCase() } : undefined,
      }),
    );
    if (failed) setErrors(failed);
    else onDone();
  };
  return (
    <Stack
      renderRoot={(props) => <form {...props} noValidate />}
      gap="sm"
      aria-label={t('gifts.formLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(false);
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('gifts.field.direction')}
          allowDeselect={false}
          value={g.direction}
          data={giftDirections.map((d) => ({ value: d, label: t(`gifts.direction.${d}`) }))}
          onChange={(v) => v && set({ direction: v as GiftDirection })}
        />
        <Select
          label={t('gifts.field.partner')}
          allowDeselect={false}
          value={g.partnerId}
          data={partnerOptions}
          onChange={(v) => v && set({ partnerId: v })}
        />
      </SimpleGrid>
      <TextInput
        label={t('gifts.field.counterpart')}
        value={g.counterpart}
        onChange={(e) => set({ counterpart: e.currentTarget.value })}
      />
      <TextInput
        label={t('gifts.field.description')}
        required
        value={g.description}
        error={errors.description}
        onChange={(e) => set({ description: e.currentTarget.value })}
      />
      <SimpleGrid cols={3}>
        <NumberInput
          label={t('gifts.field.value')}
          min={0}
          decimalScale={2}
          value={g.amount}
          onChange={(v) => set({ amount: v })}
        />
        <TextInput
          label={t('costs.field.currency')}
          value={g.currency}
          maxLength={3}
          error={errors['value.currency']}
          onChange={(e) => set({ currency: e.currentTarget.value })}
        />
        <DateField
          label={t('gifts.field.date')}
          required
          value={g.date}
          error={errors.date}
          onChange={(e) => set({ date: e.currentTarget.value })}
        />
      </SimpleGrid>
      {repeats && (
        <Alert color="orange" role="alert" title={t('gifts.repeatTitle')}>
          {repeats.map((r) => (
            <Text key={r.id} size="sm">
              {t('gifts.repeatLine', { description: r.description, date: format.date(r.date) })}
            </Text>
          ))}
        </Alert>
      )}
      <Group justify="flex-end" className="dialog-footer">
        <Button variant="default" onClick={changes.cancel}>
          {tc('actions.cancel')}
        </Button>
        {repeats ? (
          <Button color="orange" onClick={() => void submit(true)}>
            {t('gifts.saveAnyway')}
          </Button>
        ) : (
          <Button type="submit">{tc('actions.save')}</Button>
        )}
      </Group>
    </Stack>
  );
}
