// The event form's state: values, which fields to show messages for, the draft for the clash check, and the save.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventDraftSchema, type CalendarEvent, type Partner } from '../../../shared/domain';
import { notifyFailure } from '../../app/failure';
import { useFieldText } from '../../app/fieldText';
import { notifyError, notifySuccess } from '../../app/notify';
import { currentTime, todayIso } from '../../app/today';
import { newId } from '../../db/repositories/base';
import { fundingOnEvents, saveEvent, saveOccurrence } from '../../db/repositories/events';
import { useFormat } from '../../i18n/format';
import type { FormMode } from './EventForm';
import {
  draftFromValues,
  fundingChoices,
  inputFromValues,
  validateValues,
  type EventFormValues,
  type FormField,
} from './eventFormModel';
import { useProgrammeNames } from './programmeNames';

export function useEventForm(mode: FormMode, initial: EventFormValues, partners: Partner[], onClose: () => void) {
  const { t } = useTranslation('calendar');
  const fieldText = useFieldText();
  const fmt = useFormat();
  const programme = useProgrammeNames();
  const [values, setValues] = useState<EventFormValues>(initial);
  const [touched, setTouched] = useState<Set<FormField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  // A new event's id is made when the form opens: the clash check tells it from the others, the save keeps it.
  const [id] = useState(() => (mode.kind === 'new' ? newId() : mode.event.id));
  const eventFunding = useLiveQuery(() => fundingOnEvents(todayIso()), []);
  const errors = validateValues(values);
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
  const error = (field: FormField) =>
    submitted || touched.has(field) || (field.startsWith('end') && touched.has('startDate'))
      ? fieldText(errors[field])
      : undefined;

  /** The event as it would be saved, for the clash check; undefined while the draft does not pass its schema. */
  const preview = useMemo((): CalendarEvent | undefined => {
    const whole = { ...inputFromValues(values, existing, programme.names), series: draftFromValues(values).series };
    // One occurrence is checked as the single event it becomes: its new dates, without the series' rule and
    // exceptions (which a single event may not carry, so the check would see no event at all).
    const draft =
      mode.kind === 'occurrence' ? { ...whole, recurrence: undefined, exceptions: [], series: 0 as const } : whole;
    const parsed = eventDraftSchema.safeParse(draft);
    if (!parsed.success) return undefined;
    const now = currentTime().toISOString();
    return { ...parsed.data, id, createdAt: existing?.createdAt ?? now, updatedAt: now };
  }, [values, existing, programme.names, mode.kind, id]);

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
        await saveEvent({ ...inputFromValues(values, existing, programme.names), id });
      }
      notifySuccess(t('form.saved', { title: values.title.trim() }));
      onClose();
    } catch (e) {
      notifyFailure('save', e);
    } finally {
      setBusy(false);
    }
  };

  const fundingOptions = fundingChoices(
    [...partners.flatMap((p) => p.funding), ...(eventFunding ?? [])],
    programme.label,
    programme.names,
    fmt.language,
    { known: t('form.fundingKnown'), other: t('form.fundingOther') },
  );
  return { values, set, error, touched, busy, preview, submit, fundingOptions };
}
