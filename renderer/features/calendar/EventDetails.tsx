// One event occurrence: its details, clashes and tasks, and what can be done with it (edit series or occurrence,
// cancel or restore the occurrence, export to ICS, delete).
import { notifyFailure } from '../../app/failure';
import { deleteWithUndo } from '../../app/undoable';
import { Alert, Badge, Button, Group, List, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clash } from '../../../shared/calendar/clashes';
import type { Occurrence } from '../../../shared/calendar/recurrence';
import { addDays } from '../../../shared/calendar/dates';
import { weekdayCodes, type Partner, type WeekdayCode } from '../../../shared/domain';
import { notifySuccess } from '../../app/notify';
import { cancelOccurrence, deleteEvent, restoreOccurrence } from '../../db/repositories/events';
import { useFormat } from '../../i18n/format';
import { useClashText } from './clashText';
import type { FormMode } from './EventForm';
import { useProgrammeNames } from './programmeNames';
import { fundingText } from './eventFormModel';
import { EventTasks } from './EventTasks';
import { RecordTeamInfo } from '../team/RecordTeamInfo';
import { icsName, saveIcs } from './icsFile';

interface Props {
  occurrence: Occurrence;
  clashes: Clash[];
  partners: Partner[];
  homeName: string;
  onEdit: (mode: FormMode) => void;
  onClose: () => void;
}

export function EventDetails({ occurrence: o, clashes, partners, homeName, onEdit, onClose }: Props) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  const clashText = useClashText();
  const programme = useProgrammeNames();
  const [confirming, setConfirming] = useState(false);
  const e = o.event;
  const series = e.series === 1 && e.recurrence;
  const name = (id: string) => partners.find((p) => p.id === id)?.name ?? id;
  const when = (() => {
    const first = fmt.date(o.firstDay, 'weekdayLong');
    const range = o.lastDay !== o.firstDay ? `${first} – ${fmt.date(o.lastDay, 'weekdayLong')}` : first;
    return e.allDay ? range : `${range}, ${o.start.slice(11, 16)}–${o.end.slice(11, 16)}`;
  })();
  /** A weekday's name in the UI language (from a week known to start on Monday, 2024-01-01). */
  const weekdayName = (code: WeekdayCode) => fmt.date(addDays('2024-01-01', weekdayCodes.indexOf(code)), 'weekday');
  const rule = series
    ? [
        t(`details.repeat.${series.freq}`, { count: series.interval ?? 1 }),
        series.weekdays ? t('details.onDays', { days: fmt.list(series.weekdays.map(weekdayName)) }) : '',
        series.nthWeekday
          ? t('details.nthWeekday', {
              nth: t(`details.nth.${String(series.nthWeekday.n) as '1'}`),
              day: weekdayName(series.nthWeekday.weekday),
            })
          : '',
        series.extraDates?.length ? t('details.extraDates', { count: series.extraDates.length }) : '',
        series.removedDates?.length ? t('details.removedDates', { count: series.removedDates.length }) : '',
        series.until ? t('details.untilDate', { date: fmt.date(series.until) }) : '',
        series.count ? t('details.times', { count: series.count }) : '',
      ]
        .filter(Boolean)
        .join(' ')
    : undefined;
  const place = [e.place?.venue, e.place?.town, e.place?.country ? fmt.country(e.place.country) : '']
    .filter(Boolean)
    .join(', ');

  const run = async (action: () => Promise<unknown>, message: string) => {
    try {
      await action();
      notifySuccess(message);
      onClose();
    } catch (error) {
      notifyFailure('save', error);
    }
  };

  const rows: [string, string][] = [
    [t('details.when'), when],
    [t('form.kind'), t(`kinds.${e.kind}`)],
    [t('form.status'), t(`statuses.${o.status}`)],
    [t('details.place'), place || t('details.none')],
    [
      t('details.host'),
      e.host === 'home' ? t(homeName ? 'details.home' : 'details.homeUnnamed', { name: homeName }) : name(e.host),
    ],
    [t('details.partners'), e.partnerIds.map(name).join(', ') || t('details.none')],
    [t('form.coordinator'), e.coordinator || t('details.none')],
    [t('details.budget'), e.budget ? fmt.money(e.budget.amount, e.budget.currency) : t('details.none')],
    [t('form.funding'), fundingText(e.funding, programme.label) || t('details.none')],
  ];
  if (rule) rows.push([t('details.series'), rule]);

  return (
    <Modal opened onClose={onClose} title={o.title} size="lg">
      <Stack gap="sm">
        <Group gap="xs">
          {o.cancelled && <Badge color="red">{t('markers.cancelled')}</Badge>}
          {series && <Badge variant="light">{t('markers.series')}</Badge>}
          {o.event.example && (
            <Badge variant="light" color="gray">
              {tc('state.example')}
            </Badge>
          )}
        </Group>
        <RecordTeamInfo table="events" id={e.id} />
        {o.event.example && (
          <Text size="sm" c="dimmed">
            {tc('example.dateNote')}
          </Text>
        )}
        <Table aria-label={t('details.title')} variant="vertical" layout="fixed">
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={180}>{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {e.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {e.description}
          </Text>
        )}
        {clashes.length > 0 && (
          <Alert color="orange" title={t('clashes.title')}>
            <List size="sm">
              {clashes.map((c, i) => (
                <List.Item key={i}>{clashText(c)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <EventTasks eventId={e.id} defaultDue={o.firstDay} />
        {confirming ? (
          <Alert color="red" title={t('details.deleteEvent')}>
            <Stack gap="xs">
              <Text size="sm">
                {t(series ? 'details.deleteConfirmSeries' : 'details.deleteConfirm', { title: e.title })}
              </Text>
              <Group>
                <Button
                  color="red"
                  onClick={() =>
                    void deleteWithUndo(tc('undo.deleted', { what: e.title }), () => deleteEvent(e.id)).then(
                      (done) => done && onClose(),
                    )
                  }
                >
                  {tc('actions.delete')}
                </Button>
                <Button variant="default" onClick={() => setConfirming(false)}>
                  {tc('actions.cancel')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : (
          <Group gap="xs">
            <Button onClick={() => onEdit({ kind: 'series', event: e })}>
              {series ? t('details.editSeries') : tc('actions.edit')}
            </Button>
            {series && (
              <Button variant="light" onClick={() => onEdit({ kind: 'occurrence', event: e, occurrence: o })}>
                {t('details.editOccurrence')}
              </Button>
            )}
            {series && !o.cancelled && (
              <Button
                variant="light"
                color="orange"
                onClick={() =>
                  void run(() => cancelOccurrence(e.id, o.key), t('details.cancelled', { date: fmt.date(o.key) }))
                }
              >
                {t('details.cancelOccurrence')}
              </Button>
            )}
            {series && o.cancelled && (
              <Button
                variant="light"
                onClick={() =>
                  void run(() => restoreOccurrence(e.id, o.key), t('details.restored', { date: fmt.date(o.key) }))
                }
              >
                {t('details.restoreOccurrence')}
              </Button>
            )}
            <Button variant="default" onClick={() => void saveIcs([e], icsName(e.title), partners)}>
              {t('actions.exportEvent')}
            </Button>
            <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
              {t('details.deleteEvent')}
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
