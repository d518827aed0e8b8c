// The event form's field groups: when, where and who, money, and the repeat rule; each shows its field's message.
import { Autocomplete, Checkbox, Grid, MultiSelect, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { eventKinds, eventStatuses, type Partner } from '../../../shared/domain';
import { DateField } from '../../app/DateField';
import { useFormat } from '../../i18n/format';
import { countryOptions } from './countries';
import type { EventFormValues, FormField, FundingGroup } from './eventFormModel';
import { foldedFilter } from './programmeNames';

export interface FieldsProps {
  values: EventFormValues;
  set: <K extends FormField>(field: K, value: EventFormValues[K]) => void;
  /** The field's message in the user's language, once it is to be shown. */
  error: (field: FormField) => string | undefined;
}

/** Kind, status and all-day; the kind and all-day stay as the series has them when one occurrence is edited. */
export function KindFields({ values, set, occurrenceOnly }: FieldsProps & { occurrenceOnly: boolean }) {
  const { t } = useTranslation('calendar');
  return (
    <SimpleGrid cols={3}>
      <Select
        label={t('form.kind')}
        data={eventKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        value={values.kind}
        onChange={(v) => v && set('kind', v as EventFormValues['kind'])}
        allowDeselect={false}
        disabled={occurrenceOnly}
      />
      <Select
        label={t('form.status')}
        data={eventStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        value={values.status}
        onChange={(v) => v && set('status', v as EventFormValues['status'])}
        allowDeselect={false}
      />
      <Checkbox
        mt={30}
        label={t('form.allDay')}
        checked={values.allDay}
        onChange={(e) => set('allDay', e.currentTarget.checked)}
        disabled={occurrenceOnly}
      />
    </SimpleGrid>
  );
}

/** Start and end: days, and hours unless the event lasts all day. */
export function WhenFields({ values, set, error }: FieldsProps) {
  const { t } = useTranslation('calendar');
  const time = (field: 'startTime' | 'endTime') => (
    <TextInput
      type="time"
      label={t(`form.${field}`)}
      value={values[field]}
      onChange={(e) => set(field, e.currentTarget.value)}
      error={error(field)}
    />
  );
  return (
    <SimpleGrid cols={values.allDay ? 2 : 4}>
      <DateField
        label={t('form.startDate')}
        required
        value={values.startDate}
        onChange={(e) => set('startDate', e.currentTarget.value)}
        error={error('startDate')}
      />
      {!values.allDay && time('startTime')}
      <DateField
        label={t('form.endDate')}
        required
        value={values.endDate}
        onChange={(e) => set('endDate', e.currentTarget.value)}
        error={error('endDate')}
      />
      {!values.allDay && time('endTime')}
    </SimpleGrid>
  );
}

/** Venue, town and country; the host and the partner towns taking part. */
export function PlaceFields({
  values,
  set,
  error,
  partners,
  homeName,
}: FieldsProps & { partners: Partner[]; homeName: string }) {
  const { t } = useTranslation('calendar');
  const fmt = useFormat();
  const partnerOptions = partners.map((p) => ({ value: p.id, label: p.name }));
  return (
    <>
      <SimpleGrid cols={3}>
        <TextInput
          label={t('form.venue')}
          value={values.venue}
          onChange={(e) => set('venue', e.currentTarget.value)}
          error={error('venue')}
        />
        <TextInput
          label={t('form.town')}
          value={values.town}
          onChange={(e) => set('town', e.currentTarget.value)}
          error={error('town')}
        />
        <Select
          label={t('form.country')}
          searchable
          clearable
          data={countryOptions(
            partners.map((p) => p.country),
            fmt.country,
          )}
          value={values.country}
          onChange={(v) => set('country', v)}
          error={error('country')}
        />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <Select
          label={t('form.host')}
          data={[
            { value: 'home', label: t(homeName ? 'details.home' : 'details.homeUnnamed', { name: homeName }) },
            ...partnerOptions,
          ]}
          value={values.host}
          onChange={(v) => v && set('host', v)}
          allowDeselect={false}
          searchable
        />
        <MultiSelect
          label={t('form.partners')}
          data={partnerOptions}
          value={values.partnerIds}
          onChange={(v) => set('partnerIds', v)}
          searchable
          clearable
          error={error('partnerIds')}
        />
      </SimpleGrid>
    </>
  );
}

/** Coordinator, budget and its currency, and the funding programme (a known one or the office's own words). */
export function MoneyFields({ values, set, error, fundingOptions }: FieldsProps & { fundingOptions: FundingGroup[] }) {
  const { t } = useTranslation('calendar');
  return (
    <Grid>
      <Grid.Col span={3}>
        <TextInput
          label={t('form.coordinator')}
          value={values.coordinator}
          onChange={(e) => set('coordinator', e.currentTarget.value)}
          error={error('coordinator')}
        />
      </Grid.Col>
      <Grid.Col span={2}>
        <NumberInput
          label={t('form.budget')}
          min={0}
          decimalScale={2}
          value={values.budget}
          onChange={(v) => set('budget', v)}
          error={error('budget')}
        />
      </Grid.Col>
      <Grid.Col span={2}>
        <TextInput
          label={t('form.currency')}
          maxLength={3}
          value={values.currency}
          onChange={(e) => set('currency', e.currentTarget.value.toUpperCase())}
          error={error('currency')}
        />
      </Grid.Col>
      <Grid.Col span={5}>
        <Autocomplete
          label={t('form.funding')}
          placeholder={t('form.fundingPlaceholder')}
          data={fundingOptions}
          filter={foldedFilter}
          maxDropdownHeight={280}
          value={values.funding}
          onChange={(v) => set('funding', v)}
          error={error('funding')}
        />
      </Grid.Col>
    </Grid>
  );
}
