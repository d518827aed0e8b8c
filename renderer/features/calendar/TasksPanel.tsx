// Tasks and deadlines: open (or all) tasks by due date, done toggle, links to their records, quick add
// (tied to an event, a visit or a partner; due on a date or a number of days/weeks before the event's start).
import { DateField } from '../../app/DateField';
import { notifyFailure } from '../../app/failure';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, memo, useState } from 'react';
import { todayIso } from '../../app/today';
import { useTranslation } from 'react-i18next';
import { deleteWithUndo } from '../../app/undoable';
import { Link } from 'react-router';
import type { Partner } from '../../../shared/domain';
import { notifyError, notifySuccess } from '../../app/notify';
import { storedEventsInRange } from '../../db/repositories/events';
import { listVisits } from '../../db/repositories/visits';
import { addDays } from '../../../shared/calendar/dates';
import {
  dayBefore,
  deleteTask,
  dueBeforeEvent,
  dueUnits,
  eventStartDay,
  linkedTitles,
  listTasks,
  saveTask,
  setTaskDone,
  type DueUnit,
} from '../../db/repositories/tasks';
import { useFormat } from '../../i18n/format';
import { taskLinks } from './links';
import { TextCell } from '../../app/TextCell';
import { MergeMark, useOpenMerges } from '../team/MergeMark';

export const TasksPanel = memo(function TasksPanel({ partners }: { partners: Partner[] }) {
  const { t } = useTranslation('calendar');
  const fmt = useFormat();
  const [showDone, setShowDone] = useState(false);
  const tasks = useLiveQuery(() => listTasks(showDone), [showDone]);
  const merges = useOpenMerges('tasks');
  const titles = useLiveQuery(() => linkedTitles(tasks ?? []), [tasks]);
  const today = todayIso();
  const partnerName = new Map(partners.map((p) => [p.id, p.name]));
  const labelOf = (kind: 'event' | 'visit' | 'partner', id: string) =>
    kind === 'event' ? titles?.events.get(id) : kind === 'visit' ? titles?.visits.get(id) : partnerName.get(id);

  return (
    <Paper withBorder p="sm" mt="md">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('tasks.title')}
          </Title>
          <Switch
            label={t('tasks.showDone')}
            checked={showDone}
            onChange={(e) => setShowDone(e.currentTarget.checked)}
          />
        </Group>
        <TaskForm partners={partners} today={today} />
        {tasks && tasks.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('tasks.empty')}
          </Text>
        )}
        {tasks && tasks.length > 0 && (
          <Table aria-label={t('tasks.table')} verticalSpacing={2} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={60}>{t('tasks.done')}</Table.Th>
                <Table.Th>{t('tasks.task')}</Table.Th>
                <Table.Th>{t('tasks.due')}</Table.Th>
                <Table.Th>{t('tasks.owner')}</Table.Th>
                <Table.Th>{t('tasks.link')}</Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tasks.map((task) => {
                const links = taskLinks(task);
                return (
                  <Table.Tr key={task.id}>
                    <Table.Td>
                      <Checkbox
                        aria-label={t('tasks.markDone', { title: task.title })}
                        checked={task.done === 1}
                        onChange={(e) => void setTaskDone(task.id, e.currentTarget.checked)}
                      />
                    </Table.Td>
                    <TextCell text={task.title} minWidth={160} maxWidth={360}>
                      <Text span size="sm" td={task.done ? 'line-through' : undefined}>
                        {task.title}
                      </Text>
                    </TextCell>
                    <Table.Td>
                      {fmt.date(task.due, 'short')}{' '}
                      {!task.done && task.due < today && (
                        <Badge size="xs" color="red">
                          {t('tasks.overdue')}
                        </Badge>
                      )}{' '}
                      <MergeMark open={merges.has(task.id)} name={task.title} />
                    </Table.Td>
                    <TextCell text={task.owner ?? ''} />
                    <Table.Td>
                      {links.length === 0 && t('tasks.none')}
                      {links.map((l, i) => (
                        <Fragment key={l.kind}>
                          {i > 0 && ' · '}
                          {l.kind === 'visit' && (
                            <Text span size="xs" c="dimmed">
                              {t('tasks.visit')}:{' '}
                            </Text>
                          )}
                          <Anchor component={Link} to={l.href} size="sm">
                            {labelOf(l.kind, l.id) ?? t('tasks.missingLink')}
                          </Anchor>
                        </Fragment>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('tasks.delete', { title: task.title })}
                        onClick={() =>
                          void deleteWithUndo(t('tasks.deleted', { title: task.title }), () => deleteTask(task.id))
                        }
                      >
                        ×
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
});

interface Draft {
  title: string;
  due: string;
  owner: string;
  eventId: string | null;
  visitId: string | null;
  partnerId: string | null;
  /** Due a number of days or weeks before the linked event's start instead of on a chosen date. */
  relative: boolean;
  amount: number | string;
  unit: DueUnit;
}

const wholeAmount = (v: number | string): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 999;

/** The quick-add form: a task with its due date, owner and the records it is tied to. */
function TaskForm({ partners, today }: { partners: Partner[]; today: string }) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  // Events near today and the visits to link a new task to, read only once a picker is used (a bounded read for events).
  const [wantEvents, setWantEvents] = useState(false);
  const [wantVisits, setWantVisits] = useState(false);
  const events = useLiveQuery(
    () => (wantEvents ? storedEventsInRange(addDays(today, -90), addDays(today, 365)) : Promise.resolve([])),
    [wantEvents, today],
  );
  const visits = useLiveQuery(() => (wantVisits ? listVisits() : Promise.resolve([])), [wantVisits]);
  const [draft, setDraft] = useState<Draft>({
    title: '',
    due: today,
    owner: '',
    eventId: null,
    visitId: null,
    partnerId: null,
    relative: false,
    amount: 6,
    unit: 'weeks',
  });
  const [tried, setTried] = useState(false);
  const relative = draft.relative && draft.eventId !== null;
  const start = useLiveQuery(
    () => (relative && draft.eventId ? eventStartDay(draft.eventId, today) : Promise.resolve(undefined)),
    [relative, draft.eventId, today],
  );
  const computed = relative && start && wholeAmount(draft.amount) ? dayBefore(start, draft.amount, draft.unit) : '';
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));

  const add = async () => {
    setTried(true);
    if (!draft.title.trim() || (relative ? !wholeAmount(draft.amount) : !draft.due)) return;
    try {
      const due =
        relative && draft.eventId && wholeAmount(draft.amount)
          ? await dueBeforeEvent(draft.eventId, draft.amount, draft.unit, today)
          : draft.due;
      if (!due) {
        notifyError(t('tasks.eventGone'));
        return;
      }
      await saveTask({
        title: draft.title,
        due,
        owner: draft.owner.trim() || undefined,
        eventId: draft.eventId ?? undefined,
        visitId: draft.visitId ?? undefined,
        partnerId: draft.partnerId ?? undefined,
      });
      notifySuccess(t('tasks.saved'));
      set({ title: '' });
      setTried(false);
    } catch (error) {
      notifyFailure('save', error);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
      role="group"
      aria-label={t('tasks.add')}
    >
      <Stack gap={4}>
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            size="xs"
            w={260}
            label={t('tasks.task')}
            value={draft.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            error={tried && !draft.title.trim() ? tc('validation.required') : undefined}
          />
          <DateField
            size="xs"
            label={t('tasks.due')}
            value={relative ? computed : draft.due}
            readOnly={relative}
            variant={relative ? 'filled' : 'default'}
            onChange={(e) => set({ due: e.currentTarget.value })}
            error={tried && !relative && !draft.due ? tc('validation.required') : undefined}
          />
          <TextInput
            size="xs"
            label={t('tasks.owner')}
            value={draft.owner}
            onChange={(e) => set({ owner: e.currentTarget.value })}
          />
          <Select
            size="xs"
            w={220}
            label={t('tasks.event')}
            clearable
            searchable
            limit={50}
            value={draft.eventId}
            onChange={(v) => set({ eventId: v })}
            onDropdownOpen={() => setWantEvents(true)}
            onFocus={() => setWantEvents(true)}
            data={(events ?? []).map((e) => ({ value: e.id, label: `${e.title} (${e.start.slice(0, 4)})` }))}
          />
          <Select
            size="xs"
            w={220}
            label={t('tasks.visitLink')}
            clearable
            searchable
            limit={50}
            value={draft.visitId}
            onChange={(v) => set({ visitId: v })}
            onDropdownOpen={() => setWantVisits(true)}
            onFocus={() => setWantVisits(true)}
            nothingFoundMessage={t('tasks.noVisits')}
            data={(visits ?? []).map((v) => ({ value: v.id, label: `${v.title} (${fmt.date(v.start, 'short')})` }))}
          />
          <Select
            size="xs"
            w={180}
            label={t('tasks.partner')}
            clearable
            searchable
            value={draft.partnerId}
            onChange={(v) => set({ partnerId: v })}
            data={partners.map((p) => ({ value: p.id, label: p.name }))}
          />
          <Button size="xs" type="submit">
            {t('tasks.add')}
          </Button>
        </Group>
        {draft.eventId !== null && (
          <Group align="flex-end" gap="xs" wrap="wrap">
            <Checkbox
              size="xs"
              mb={6}
              label={t('tasks.relative')}
              checked={draft.relative}
              onChange={(e) => set({ relative: e.currentTarget.checked })}
            />
            {draft.relative && (
              <>
                <NumberInput
                  size="xs"
                  w={90}
                  label={t('tasks.amount')}
                  min={0}
                  max={999}
                  allowDecimal={false}
                  allowNegative={false}
                  value={draft.amount}
                  onChange={(v) => set({ amount: v })}
                  error={tried && !wholeAmount(draft.amount) ? tc('validation.required') : undefined}
                />
                <Select
                  size="xs"
                  w={120}
                  label={t('tasks.unit')}
                  allowDeselect={false}
                  value={draft.unit}
                  onChange={(v) => {
                    if (v === 'days' || v === 'weeks') set({ unit: v });
                  }}
                  data={dueUnits.map((u) => ({ value: u, label: t(`tasks.units.${u}`) }))}
                />
                <Stack gap={0} pb={2}>
                  {start && wholeAmount(draft.amount) && (
                    <Text size="sm">
                      {t(draft.unit === 'weeks' ? 'tasks.beforeWeeks' : 'tasks.beforeDays', {
                        count: draft.amount,
                        date: fmt.date(computed, 'short'),
                        start: fmt.date(start, 'short'),
                      })}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {t('tasks.relativeHint')}
                  </Text>
                </Stack>
              </>
            )}
          </Group>
        )}
      </Stack>
    </form>
  );
}
