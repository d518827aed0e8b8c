// The form for one gift of a visit: checked against the gift's draft schema as the user types, the repeat warning before saving.
import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  giftDirections,
  giftDraftSchema,
  type Gift,
  type GiftDirection,
  type GiftDraft,
  type Visit,
} from '../../../shared/domain';
import { DateField } from '../../app/DateField';
import { useFormChanges } from '../../app/FormModal';
import { findRepeatedGifts, saveGift } from '../../db/repositories/gifts';
import { useFormat } from '../../i18n/format';
import { attempt, draftErrors, shownErrors, type FieldErrors } from './save';

export function GiftForm({
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
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saveErrors, setSaveErrors] = useState<FieldErrors>({});
  const [repeats, setRepeats] = useState<Gift[] | null>(null);
  const draft: GiftDraft = {
    partnerId: g.partnerId,
    visitId: visit.id,
    direction: g.direction,
    counterpart: g.counterpart.trim() || undefined,
    description: g.description,
    date: g.date,
    value: typeof g.amount === 'number' ? { amount: g.amount, currency: g.currency.trim().toUpperCase() } : undefined,
  };
  // Checked as the user types, shown for the fields they have touched, and all of them once Save was pressed.
  const live = draftErrors(giftDraftSchema, draft);
  const errors = { ...saveErrors, ...shownErrors(live, edited, submitted) };
  const set = (patch: Partial<typeof g>) => {
    setG((x) => ({ ...x, ...patch }));
    setEdited((x) => new Set([...x, ...Object.keys(patch).map(storedField)]));
    setRepeats(null);
  };

  const submit = async (confirmed: boolean) => {
    setSubmitted(true);
    if (Object.keys(live).length > 0) return;
    if (!confirmed) {
      const found = await findRepeatedGifts({
        partnerId: g.partnerId,
        direction: g.direction,
        description: g.description,
      });
      if (found.length > 0) return setRepeats(found);
    }
    const failed = await attempt(() => saveGift(draft));
    if (failed) setSaveErrors(failed);
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
          error={errors.partnerId}
          data={partnerOptions}
          onChange={(v) => v && set({ partnerId: v })}
        />
      </SimpleGrid>
      <TextInput
        label={t('gifts.field.counterpart')}
        value={g.counterpart}
        error={errors.counterpart}
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
          error={errors['value.amount']}
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

/** The draft's field a form field is checked as: the value's amount and currency sit under `value`. */
function storedField(key: string): string {
  return key === 'amount' || key === 'currency' ? `value.${key}` : key;
}
