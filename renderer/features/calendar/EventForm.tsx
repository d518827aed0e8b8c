// The event form: every field of an event, validation as you type, live clash warnings; also edits one occurrence.
import { Button, Checkbox, Group, Modal, MultiSelect, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClashContext } from '../../../shared/calendar/clashes';
import type { Occurrence } from '../../../shared/calendar/recurrence';
import { eventKinds, eventStatuses, eventSchema, type CalendarEvent, type Partner } from '../../../shared/domain';
import { notifyError, notifySuccess } from '../../app/notify';
import { classifyDatabaseError } from '../../db/errors';
import { saveEvent, saveOccurrence } from '../../db/repositories/events';
import { useFormat } from '../../i18n/format';
import { ClashPanel } from './ClashPanel';
import { countryOptions } from './countries';
import { emptyValues, inputFromValues, validateValues, valuesFromEvent, type EventFormValues, type FormField } from './eventFormModel';

export type FormMode =
  | { kind: 'new'; date: string }
  | { kind: 'series'; event: CalendarEvent }
  | { kind: 'occurrence'; event: CalendarEvent; occurrence: Occurrence };

interface Props {
  mode: FormMode;
  partners: Partner[];
  homeName: string;
  ctx: ClashContext;
  onClose: () => void;
}

function initialValues(mode: FormMode): EventFormValues {
  if (mode.kind === 'new') return emptyValues(mode.date);
  const values = valuesFromEvent(mode.event);
  if (mode.kind === 'series') return values;
  const o = mode.occurrence;
  return {
    ...values, title: o.title, status: o.status, startDate: o.start.slice(0, 10), endDate: o.end.slice(0, 10),
    startTime: o.start.slice(11, 16) || values.startTime, endTime: o.end.slice(11, 16) || values.endTime, repeat: 'none',
  };
}

export function EventForm({ mode, partners, homeName, ctx, onClose }: Props) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  const [values, setValues] = useState<EventFormValues>(() => initialValues(mode));
  const [touched, setTouched] = useState<Set<FormField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = validateValues(values);
  const occurrenceOnly = mode.kind === 'occurrence';
  const existing = mode.kind === 'new' ? undefined : mode.event;

  const set = <K extends FormField>(field: K, value: EventFormValues[K]) => {
    setValues((v) => {
      const next = { ...v, [field]: value };
      // moving the start moves an end that was on the same day
      if (field === 'startDate' && typeof value === 'string' && (v.endDate === v.startDate || !v.endDate || v.endDate < value)) next.endDate = value;
      return next;
    });
    setTouched((s) => new Set(s).add(field));
  };
  const error = (field: FormField) => {
    const key = errors[field];
    if (!key || !(submitted || touched.has(field) || (field.startsWith('end') && touched.has('startDate')))) return undefined;
    return key === 'range.endBeforeStart' ? t('form.endBeforeStart') : tc(`validation.${key}`, { defaultValue: tc('validation.invalid') });
  };

  const preview = useMemo((): CalendarEvent | undefined => {
    const now = new Date().toISOString();
    const input = inputFromValues(values, existing);
    const parsed = eventSchema.safeParse({ ...input, id: existing?.id ?? 'new', series: input.recurrence ? 1 : 0, createdAt: now, updatedAt: now });
    return parsed.success ? parsed.data : undefined;
  }, [values, existing]);

  const submit = async () => {
    setSubmitted(true);
    if (Object.keys(errors).length > 0) {
      notifyError(t('form.invalid'));
      return;
    }
    setBusy(true);
    try {
      if (mode.kind === 'occurrence') {
        const input = inputFromValues(values);
        await saveOccurrence(mode.event.id, {
          date: mode.occurrence.key, start: input.start, end: input.end, title: values.title.trim(), status: values.status,
        });
      } else {
        await saveEvent(inputFromValues(values, existing));
      }
      notifySuccess(t('form.saved', { title: values.title.trim() }));
      onClose();
    } catch (e) {
      notifyError(tc(`db.${classifyDatabaseError(e)}`));
    } finally {
      setBusy(false);
    }
  };

  const partnerOptions = partners.map((p) => ({ value: p.id, label: p.name }));
  const title = mode.kind === 'new' ? t('form.newTitle') : occurrenceOnly ? t('form.occurrenceTitle', { date: fmt.date(mode.occurrence.key) }) : t('form.editTitle');
  return (
    <Modal opened onClose={onClose} title={title} size="xl">
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
        <Stack gap="sm">
          <TextInput label={t('form.title')} required value={values.title} onChange={(e) => set('title', e.currentTarget.value)} error={error('title')} data-autofocus />
          <SimpleGrid cols={3}>
            <Select label={t('form.kind')} data={eventKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} value={values.kind} onChange={(v) => v && set('kind', v as EventFormValues['kind'])} allowDeselect={false} disabled={occurrenceOnly} />
            <Select label={t('form.status')} data={eventStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} value={values.status} onChange={(v) => v && set('status', v as EventFormValues['status'])} allowDeselect={false} />
            <Checkbox mt={30} label={t('form.allDay')} checked={values.allDay} onChange={(e) => set('allDay', e.currentTarget.checked)} disabled={occurrenceOnly} />
          </SimpleGrid>
          <SimpleGrid cols={values.allDay ? 2 : 4}>
            <TextInput type="date" label={t('form.startDate')} required value={values.startDate} onChange={(e) => set('startDate', e.currentTarget.value)} error={error('startDate')} />
            {!values.allDay && <TextInput type="time" label={t('form.startTime')} value={values.startTime} onChange={(e) => set('startTime', e.currentTarget.value)} error={error('startTime')} />}
            <TextInput type="date" label={t('form.endDate')} required value={values.endDate} onChange={(e) => set('endDate', e.currentTarget.value)} error={error('endDate')} />
            {!values.allDay && <TextInput type="time" label={t('form.endTime')} value={values.endTime} onChange={(e) => set('endTime', e.currentTarget.value)} error={error('endTime')} />}
          </SimpleGrid>
          {!occurrenceOnly && (
            <>
              <SimpleGrid cols={3}>
                <TextInput label={t('form.venue')} value={values.venue} onChange={(e) => set('venue', e.currentTarget.value)} error={error('venue')} />
                <TextInput label={t('form.town')} value={values.town} onChange={(e) => set('town', e.currentTarget.value)} error={error('town')} />
                <Select label={t('form.country')} searchable clearable data={countryOptions(partners.map((p) => p.country), fmt.country)} value={values.country} onChange={(v) => set('country', v)} error={error('country')} />
              </SimpleGrid>
              <SimpleGrid cols={2}>
                <Select label={t('form.host')} data={[{ value: 'home', label: t('details.home', { name: homeName }) }, ...partnerOptions]} value={values.host} onChange={(v) => v && set('host', v)} allowDeselect={false} searchable />
                <MultiSelect label={t('form.partners')} data={partnerOptions} value={values.partnerIds} onChange={(v) => set('partnerIds', v)} searchable clearable error={error('partnerIds')} />
              </SimpleGrid>
              <SimpleGrid cols={4}>
                <TextInput label={t('form.coordinator')} value={values.coordinator} onChange={(e) => set('coordinator', e.currentTarget.value)} error={error('coordinator')} />
                <NumberInput label={t('form.budget')} min={0} decimalScale={2} value={values.budget} onChange={(v) => set('budget', v)} error={error('budget')} />
                <TextInput label={t('form.currency')} maxLength={3} value={values.currency} onChange={(e) => set('currency', e.currentTarget.value.toUpperCase())} error={error('currency')} />
                <TextInput label={t('form.funding')} value={values.funding} onChange={(e) => set('funding', e.currentTarget.value)} error={error('funding')} />
              </SimpleGrid>
              <Textarea label={t('form.description')} autosize minRows={2} maxRows={8} value={values.description} onChange={(e) => set('description', e.currentTarget.value)} error={error('description')} />
              <RecurrenceFields values={values} set={set} error={error} />
            </>
          )}
          <ClashPanel event={preview} occurrenceKey={mode.kind === 'occurrence' ? values.startDate : undefined} ctx={ctx} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{tc('actions.cancel')}</Button>
            <Button type="submit" loading={busy}>{tc('actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface RecurrenceProps {
  values: EventFormValues;
  set: <K extends FormField>(field: K, value: EventFormValues[K]) => void;
  error: (field: FormField) => string | undefined;
}

function RecurrenceFields({ values, set, error }: RecurrenceProps) {
  const { t } = useTranslation('calendar');
  const repeats = (['none', 'yearly', 'monthly', 'weekly'] as const).map((r) => ({ value: r, label: t(`form.repeat.${r}`) }));
  const ends = [
    { value: 'never', label: t('form.endsNever') }, { value: 'until', label: t('form.endsUntil') }, { value: 'count', label: t('form.endsCount') },
  ];
  return (
    <SimpleGrid cols={4}>
      <Select label={t('form.recurrence')} data={repeats} value={values.repeat} onChange={(v) => v && set('repeat', v as EventFormValues['repeat'])} allowDeselect={false} error={error('repeat')} />
      {values.repeat !== 'none' && (
        <>
          <NumberInput label={t('form.interval')} min={1} max={99} value={values.interval} onChange={(v) => set('interval', v)} error={error('interval')} />
          <Select label={t('form.ends')} data={ends} value={values.ends} onChange={(v) => v && set('ends', v as EventFormValues['ends'])} allowDeselect={false} />
          {values.ends === 'until' && <TextInput type="date" label={t('form.until')} value={values.until} onChange={(e) => set('until', e.currentTarget.value)} error={error('until')} />}
          {values.ends === 'count' && <NumberInput label={t('form.count')} min={1} max={1000} value={values.count} onChange={(v) => set('count', v)} error={error('count')} />}
        </>
      )}
    </SimpleGrid>
  );
}
