// One programme item: day, from–to, activity, place, responsible person, notes.
import { Button, Group, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeItem } from '../../../shared/domain';
import { newId } from '../../db/repositories/base';
import type { FieldErrors } from './save';

interface Props {
  item?: ProgrammeItem;
  defaultDay: string;
  onCancel: () => void;
  onSave: (item: ProgrammeItem) => Promise<FieldErrors>;
}

export function ProgrammeItemForm({ item, defaultDay, onCancel, onSave }: Props) {
  const { t } = useTranslation('visits');
  const { t: tc } = useTranslation();
  const [d, setD] = useState({
    day: item?.from.slice(0, 10) ?? defaultDay,
    from: item?.from.slice(11) ?? '',
    to: item?.to.slice(11) ?? '',
    activity: item?.activity ?? '',
    place: item?.place ?? '',
    responsible: item?.responsible ?? '',
    notes: item?.notes ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const field = (key: keyof typeof d, labelKey: string = key) => ({
    label: t(`programme.field.${labelKey}`),
    value: d[key],
    error: errors[key === 'day' ? 'from' : key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setD((x) => ({ ...x, [key]: value }));
    },
  });
  const opt = (s: string) => s.trim() || undefined;
  const submit = async () => {
    // An end before the start means the item runs past midnight.
    const endDay = d.to && d.from && d.to < d.from ? nextDay(d.day) : d.day;
    setErrors(await onSave({
      id: item?.id ?? newId(), from: `${d.day}T${d.from}`, to: `${endDay}T${d.to}`, activity: d.activity,
      place: opt(d.place), responsible: opt(d.responsible), notes: opt(d.notes),
    }));
  };
  return (
    <Stack component="form" gap="sm" aria-label={t('programme.formLabel')} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <SimpleGrid cols={3}>
        <TextInput type="date" required {...field('day')} />
        <TextInput type="time" required {...field('from')} />
        <TextInput type="time" required {...field('to')} />
      </SimpleGrid>
      <TextInput required {...field('activity')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...field('place')} />
        <TextInput {...field('responsible')} />
      </SimpleGrid>
      <Textarea autosize {...field('notes')} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>{tc('actions.cancel')}</Button>
        <Button type="submit">{tc('actions.save')}</Button>
      </Group>
    </Stack>
  );
}

function nextDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
