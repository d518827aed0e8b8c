// One programme item: day, from–to, activity, place, responsible person, notes.
import { useFormChanges } from '../../app/FormModal';
import { DateField } from '../../app/DateField';
import { Button, Group, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { programmeItemDraftSchema, type ProgrammeItem } from '../../../shared/domain';
import { newId } from '../../db/repositories/base';
import { messageKeys } from '../../../shared/forms/fieldMessages';
import { fieldText } from '../../app/fieldText';
import { draftErrors, shownErrors, type FieldErrors } from './save';

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
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saveErrors, setSaveErrors] = useState<FieldErrors>({});
  const changes = useFormChanges(edited.size > 0, onCancel);
  const opt = (s: string) => s.trim() || undefined;
  // An end before the start means the item runs past midnight.
  const endDay = d.to && d.from && d.to < d.from ? nextDay(d.day) : d.day;
  const candidate: Omit<ProgrammeItem, 'id'> = {
    from: `${d.day}T${d.from}`,
    to: `${endDay}T${d.to}`,
    activity: d.activity,
    place: opt(d.place),
    responsible: opt(d.responsible),
    notes: opt(d.notes),
  };
  const live = draftErrors(programmeItemDraftSchema, candidate);
  const required = fieldText(messageKeys.required) ?? '';
  const errors = {
    ...saveErrors,
    ...shownErrors(
      { ...live, ...(d.from ? {} : { from: required }), ...(d.to ? {} : { to: required }) },
      edited,
      submitted,
    ),
  };
  /** The day and the start time make one stored field, `from`. */
  const stored = (key: keyof typeof d) => (key === 'day' ? 'from' : key);
  const field = (key: keyof typeof d) => ({
    label: t(`programme.field.${key}`),
    value: d[key],
    error: key === 'day' ? undefined : errors[stored(key)],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setD((x) => ({ ...x, [key]: value }));
      setEdited((x) => new Set([...x, stored(key)]));
    },
  });
  const submit = async () => {
    setSubmitted(true);
    if (Object.keys(live).length > 0) return;
    setSaveErrors(await onSave({ ...candidate, id: item?.id ?? newId() }));
  };
  return (
    <Stack
      renderRoot={(props) => <form {...props} noValidate />}
      gap="sm"
      aria-label={t('programme.formLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <SimpleGrid cols={3}>
        <DateField required {...field('day')} />
        <TextInput type="time" required {...field('from')} />
        <TextInput type="time" required {...field('to')} />
      </SimpleGrid>
      <TextInput required {...field('activity')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...field('place')} />
        <TextInput {...field('responsible')} />
      </SimpleGrid>
      <Textarea autosize {...field('notes')} />
      <Group justify="flex-end" className="dialog-footer">
        <Button variant="default" onClick={changes.cancel}>
          {tc('actions.cancel')}
        </Button>
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
