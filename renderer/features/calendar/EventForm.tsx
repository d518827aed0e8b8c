// The event form: every field of an event, validation as you type, live clash warnings; also edits one occurrence.
import { DateField } from '../../app/DateField';
import { notifyFailure } from '../../app/failure';
import {
  Autocomplete,
  Button,
  Checkbox,
  Grid,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
  isOptionsGroup,
  type ComboboxItem,
  type ComboboxParsedItem,
  type OptionsFilter,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClashContext } from '../../../shared/calendar/clashes';
import type { Occurrence } from '../../../shared/calendar/recurrence';
import { eventKinds, eventStatuses, eventSchema, type CalendarEvent, type Partner } from '../../../shared/domain';
import { notifyError, notifySuccess } from '../../app/notify';
import { currentTime, todayIso } from '../../app/today';
import { fundingOnEvents, saveEvent, saveOccurrence } from '../../db/repositories/events';
import { fold } from '../../../shared/text/fold';
import { useFormat } from '../../i18n/format';
import { useUnsavedGuard } from '../../app/UnsavedGuard';
import { ClashPanel } from './ClashPanel';
import { countryOptions } from './countries';
import {
  emptyValues,
  fundingChoices,
  inputFromValues,
  validateValues,
  valuesFromEvent,
  type EventFormValues,
  type FormField,
  type Programme,
  type ProgrammeNames,
} from './eventFormModel';

export type FormMode =
  | { kind: 'new'; date: string; time?: string }
  | { kind: 'series'; event: CalendarEvent }
  | { kind: 'occurrence'; event: CalendarEvent; occurrence: Occurrence };

interface Props {
  mode: FormMode;
  partners: Partner[];
  homeName: string;
  ctx: ClashContext;
  onClose: () => void;
}

function initialValues(mode: FormMode, label: (key: Programme) => string): EventFormValues {
  if (mode.kind === 'new') return mode.time ? timedValues(mode.date, mode.time) : emptyValues(mode.date);
  const values = valuesFromEvent(mode.event, label);
  if (mode.kind === 'series') return values;
  const o = mode.occurrence;
  return {
    ...values,
    title: o.title,
    status: o.status,
    startDate: o.start.slice(0, 10),
    endDate: o.end.slice(0, 10),
    startTime: o.start.slice(11, 16) || values.startTime,
    endTime: o.end.slice(11, 16) || values.endTime,
    repeat: 'none',
  };
}

/** A new event at an hour of a day (from the week view's grid), an hour long. */
function timedValues(date: string, time: string): EventFormValues {
  const hour = Number(time.slice(0, 2));
  const endTime = hour >= 23 ? '23:59' : `${String(hour + 1).padStart(2, '0')}${time.slice(2)}`;
  return { ...emptyValues(date), allDay: false, startTime: time, endTime };
}

/** Known funding programmes by their label in the UI language, and recognised by their label in any loaded language. */
export function useProgrammeNames(): { label: (key: Programme) => string; names: ProgrammeNames } {
  const { t, i18n } = useTranslation('partners');
  return useMemo(
    () => ({
      label: (key: Programme) => t(`funding.${key}`),
      names: (key: Programme) =>
        (['pl', 'en'] as const)
          .filter((l) => i18n.hasResourceBundle(l, 'partners'))
          .map((l) => i18n.getFixedT(l, 'partners')(`funding.${key}`)),
    }),
    [t, i18n],
  );
}

/** Suggestions matching every typed word, whatever the case and accents ("wspolpraca" finds "Współpraca"). */
const foldedFilter: OptionsFilter = ({ options, search }) => {
  const words = fold(search).split(/\s+/).filter(Boolean);
  const keep = (o: ComboboxItem) => words.every((w) => fold(o.label).includes(w));
  return options.flatMap<ComboboxParsedItem>((o) => {
    if (!isOptionsGroup(o)) return keep(o) ? [o] : [];
    const items = o.items.filter(keep);
    return items.length > 0 ? [{ ...o, items }] : [];
  });
};

export function EventForm({ mode, partners, homeName, ctx, onClose }: Props) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  const programme = useProgrammeNames();
  const [values, setValues] = useState<EventFormValues>(() => initialValues(mode, programme.label));
  const [touched, setTouched] = useState<Set<FormField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const eventFunding = useLiveQuery(() => fundingOnEvents(todayIso()), []);
  const errors = validateValues(values);
  const occurrenceOnly = mode.kind === 'occurrence';
  const existing = mode.kind === 'new' ? undefined : mode.event;

  const set = <K extends FormField>(field: K, value: EventFormValues[K]) => {
    setValues((v) => {
      const next = { ...v, [field]: value };
      // moving the start moves an end that was on the same day
      if (
        field === 'startDate' &&
        typeof value === 'string' &&
        (v.endDate === v.startDate || !v.endDate || v.endDate < value)
      )
        next.endDate = value;
      return next;
    });
    setTouched((s) => new Set(s).add(field));
  };
  const error = (field: FormField) => {
    const key = errors[field];
    if (!key || !(submitted || touched.has(field) || (field.startsWith('end') && touched.has('startDate'))))
      return undefined;
    return key === 'range.endBeforeStart'
      ? t('form.endBeforeStart')
      : tc(`validation.${key}`, { defaultValue: tc('validation.invalid') });
  };

  const preview = useMemo((): CalendarEvent | undefined => {
    const now = currentTime().toISOString();
    const whole = inputFromValues(values, existing, programme.names);
    // One occurrence is checked as the single event it becomes: its new dates, without the series' rule and
    // exceptions (which a single event may not carry, so the check would see no event at all).
    const input = mode.kind === 'occurrence' ? { ...whole, recurrence: undefined, exceptions: [] } : whole;
    const parsed = eventSchema.safeParse({
      ...input,
      id: existing?.id ?? 'new',
      series: input.recurrence ? 1 : 0,
      createdAt: now,
      updatedAt: now,
    });
    return parsed.success ? parsed.data : undefined;
  }, [values, existing, programme.names, mode.kind]);

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
          date: mode.occurrence.key,
          start: input.start,
          end: input.end,
          title: values.title.trim(),
          status: values.status,
        });
      } else {
        await saveEvent(inputFromValues(values, existing, programme.names));
      }
      notifySuccess(t('form.saved', { title: values.title.trim() }));
      onClose();
    } catch (e) {
      notifyFailure('save', e);
    } finally {
      setBusy(false);
    }
  };

  const guarded = useUnsavedGuard(touched.size > 0 && !busy, onClose, () => void submit());
  const partnerOptions = partners.map((p) => ({ value: p.id, label: p.name }));
  const fundingOptions = fundingChoices(
    [...partners.flatMap((p) => p.funding), ...(eventFunding ?? [])],
    programme.label,
    programme.names,
    fmt.language,
    { known: t('form.fundingKnown'), other: t('form.fundingOther') },
  );
  const title =
    mode.kind === 'new'
      ? t('form.newTitle')
      : occurrenceOnly
        ? t('form.occurrenceTitle', { date: fmt.date(mode.occurrence.key) })
        : t('form.editTitle');
  return (
    <Modal opened onClose={guarded.requestClose} title={title} size="xl">
      {guarded.guard}
      <form
        onKeyDown={guarded.saveKeys}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack gap="sm">
          <TextInput
            label={t('form.title')}
            required
            value={values.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={error('title')}
            data-autofocus
          />
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
          <SimpleGrid cols={values.allDay ? 2 : 4}>
            <DateField
              label={t('form.startDate')}
              required
              value={values.startDate}
              onChange={(e) => set('startDate', e.currentTarget.value)}
              error={error('startDate')}
            />
            {!values.allDay && (
              <TextInput
                type="time"
                label={t('form.startTime')}
                value={values.startTime}
                onChange={(e) => set('startTime', e.currentTarget.value)}
                error={error('startTime')}
              />
            )}
            <DateField
              label={t('form.endDate')}
              required
              value={values.endDate}
              onChange={(e) => set('endDate', e.currentTarget.value)}
              error={error('endDate')}
            />
            {!values.allDay && (
              <TextInput
                type="time"
                label={t('form.endTime')}
                value={values.endTime}
                onChange={(e) => set('endTime', e.currentTarget.value)}
                error={error('endTime')}
              />
            )}
          </SimpleGrid>
          {!occurrenceOnly && (
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
              <Textarea
                label={t('form.description')}
                autosize
                minRows={2}
                maxRows={8}
                value={values.description}
                onChange={(e) => set('description', e.currentTarget.value)}
                error={error('description')}
              />
              <RecurrenceFields values={values} set={set} error={error} />
            </>
          )}
          <ClashPanel
            event={preview}
            occurrenceKey={mode.kind === 'occurrence' ? values.startDate : undefined}
            ctx={ctx}
          />
          <Group justify="flex-end" className="dialog-footer">
            <Button variant="default" onClick={guarded.requestClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {tc('actions.save')}
            </Button>
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
