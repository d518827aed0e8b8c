// The event form's repeat rule: frequency, interval, and an end by date or by count.
import { NumberInput, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../app/DateField';
import type { EventFormValues } from './eventFormModel';
import type { FieldsProps } from './EventFormFields';

/** How the event repeats: the frequency, every how many, and until a date or a number of times. */
export function RecurrenceFields({ values, set, error }: FieldsProps) {
  const { t } = useTranslation('calendar');
  const repeats = (['none', 'yearly', 'monthly', 'weekly', 'daily'] as const).map((r) => ({
    value: r,
    label: t(`form.repeat.${r}`),
  }));
  const ends = [
    { value: 'never', label: t('form.endsNever') },
    { value: 'until', label: t('form.endsUntil') },
    { value: 'count', label: t('form.endsCount') },
  ];
  return (
    <SimpleGrid cols={4}>
      <Select
        label={t('form.recurrence')}
        data={repeats}
        value={values.repeat}
        onChange={(v) => v && set('repeat', v as EventFormValues['repeat'])}
        allowDeselect={false}
        error={error('repeat')}
      />
      {values.repeat !== 'none' && (
        <>
          <NumberInput
            label={t(`form.intervalBy.${values.repeat}`)}
            min={1}
            max={99}
            value={values.interval}
            onChange={(v) => set('interval', v)}
            error={error('interval')}
          />
          <Select
            label={t('form.ends')}
            data={ends}
            value={values.ends}
            onChange={(v) => v && set('ends', v as EventFormValues['ends'])}
            allowDeselect={false}
          />
          {values.ends === 'until' && (
            <DateField
              label={t('form.until')}
              value={values.until}
              onChange={(e) => set('until', e.currentTarget.value)}
              error={error('until')}
            />
          )}
          {values.ends === 'count' && (
            <NumberInput
              label={t('form.count')}
              min={1}
              max={1000}
              value={values.count}
              onChange={(v) => set('count', v)}
              error={error('count')}
            />
          )}
        </>
      )}
    </SimpleGrid>
  );
}
