// The event form: every field of an event, validation as you type, live clash warnings; also edits one occurrence.
import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClashContext } from '../../../shared/calendar/clashes';
import type { Occurrence } from '../../../shared/calendar/recurrence';
import type { CalendarEvent, Partner } from '../../../shared/domain';
import { useUnsavedGuard } from '../../app/UnsavedGuard';
import { useFormat } from '../../i18n/format';
import { ClashPanel } from './ClashPanel';
import { KindFields, MoneyFields, PlaceFields, WhenFields } from './EventFormFields';
import { emptyValues, valuesFromEvent, type EventFormValues, type Programme } from './eventFormModel';
import { useProgrammeNames } from './programmeNames';
import { RecurrenceFields } from './RecurrenceFields';
import { useEventForm } from './useEventForm';

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

export function EventForm({ mode, partners, homeName, ctx, onClose }: Props) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  const programme = useProgrammeNames();
  const form = useEventForm(mode, initialValues(mode, programme.label), partners, onClose);
  const { values, set, error } = form;
  const fields = { values, set, error };
  const occurrenceOnly = mode.kind === 'occurrence';
  const guarded = useUnsavedGuard(form.touched.size > 0 && !form.busy, onClose, () => void form.submit());
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
          void form.submit();
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
          <KindFields {...fields} occurrenceOnly={occurrenceOnly} />
          <WhenFields {...fields} />
          {!occurrenceOnly && (
            <>
              <PlaceFields {...fields} partners={partners} homeName={homeName} />
              <MoneyFields {...fields} fundingOptions={form.fundingOptions} />
              <Textarea
                label={t('form.description')}
                autosize
                minRows={2}
                maxRows={8}
                value={values.description}
                onChange={(e) => set('description', e.currentTarget.value)}
                error={error('description')}
              />
              <RecurrenceFields {...fields} />
            </>
          )}
          <ClashPanel
            event={form.preview}
            occurrenceKey={mode.kind === 'occurrence' ? values.startDate : undefined}
            ctx={ctx}
          />
          <Group justify="flex-end" className="dialog-footer">
            <Button variant="default" onClick={guarded.requestClose}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={form.busy}>
              {tc('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
