// Tasks and deadlines: open (or all) tasks by due date, done toggle, links to their records, quick add.
import { ActionIcon, Anchor, Badge, Button, Checkbox, Group, Paper, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { todayIso } from '../../app/today';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Partner } from '../../../shared/domain';
import { notifyError, notifySuccess } from '../../app/notify';
import { classifyDatabaseError } from '../../db/errors';
import { eventsByIds, storedEventsInRange } from '../../db/repositories/events';
import { addDays } from '../../../shared/calendar/dates';
import { deleteTask, listTasks, saveTask, setTaskDone } from '../../db/repositories/tasks';
import { useFormat } from '../../i18n/format';
import { taskHref } from './links';

export function TasksPanel({ partners }: { partners: Partner[] }) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  const [showDone, setShowDone] = useState(false);
  const tasks = useLiveQuery(() => listTasks(showDone), [showDone]);
  const today = todayIso();
  // Events near today to link a new task to (a bounded read, never the whole table), and titles of linked ones.
  const [wantEvents, setWantEvents] = useState(false);
  const events = useLiveQuery(() => (wantEvents ? storedEventsInRange(addDays(today, -90), addDays(today, 365)) : Promise.resolve([])), [wantEvents, today]);
  const linked = useLiveQuery(() => eventsByIds((tasks ?? []).flatMap((x) => (x.eventId ? [x.eventId] : []))), [tasks]);
  const [draft, setDraft] = useState({ title: '', due: today, owner: '', eventId: null as string | null, partnerId: null as string | null });
  const [tried, setTried] = useState(false);
  const titleOf = new Map((linked ?? []).map((e) => [e.id, e.title]));
  const partnerName = new Map(partners.map((p) => [p.id, p.name]));

  const add = async () => {
    setTried(true);
    if (!draft.title.trim() || !draft.due) return;
    try {
      await saveTask({ title: draft.title, due: draft.due, owner: draft.owner.trim() || undefined, eventId: draft.eventId ?? undefined, partnerId: draft.partnerId ?? undefined });
      notifySuccess(t('tasks.saved'));
      setDraft({ ...draft, title: '' });
      setTried(false);
    } catch (error) {
      notifyError(tc(`db.${classifyDatabaseError(error)}`));
    }
  };

  return (
    <Paper withBorder p="sm" mt="md">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4">{t('tasks.title')}</Title>
          <Switch label={t('tasks.showDone')} checked={showDone} onChange={(e) => setShowDone(e.currentTarget.checked)} />
        </Group>
        <form onSubmit={(e) => { e.preventDefault(); void add(); }} role="group" aria-label={t('tasks.add')}>
          <Group align="flex-end" gap="xs" wrap="wrap">
            <TextInput size="xs" w={260} label={t('tasks.task')} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
              error={tried && !draft.title.trim() ? tc('validation.required') : undefined} />
            <TextInput size="xs" type="date" label={t('tasks.due')} value={draft.due} onChange={(e) => setDraft({ ...draft, due: e.currentTarget.value })}
              error={tried && !draft.due ? tc('validation.required') : undefined} />
            <TextInput size="xs" label={t('tasks.owner')} value={draft.owner} onChange={(e) => setDraft({ ...draft, owner: e.currentTarget.value })} />
            <Select size="xs" w={220} label={t('tasks.event')} clearable searchable limit={50} value={draft.eventId} onChange={(v) => setDraft({ ...draft, eventId: v })}
              onDropdownOpen={() => setWantEvents(true)} onFocus={() => setWantEvents(true)}
              data={(events ?? []).map((e) => ({ value: e.id, label: `${e.title} (${e.start.slice(0, 4)})` }))} />
            <Select size="xs" w={180} label={t('tasks.partner')} clearable searchable value={draft.partnerId} onChange={(v) => setDraft({ ...draft, partnerId: v })}
              data={partners.map((p) => ({ value: p.id, label: p.name }))} />
            <Button size="xs" type="submit">{t('tasks.add')}</Button>
          </Group>
        </form>
        {tasks && tasks.length === 0 && <Text size="sm" c="dimmed">{t('tasks.empty')}</Text>}
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
                const href = taskHref(task);
                const link = task.eventId ? titleOf.get(task.eventId) : task.visitId ? t('tasks.visit') : task.partnerId ? partnerName.get(task.partnerId) : undefined;
                return (
                  <Table.Tr key={task.id}>
                    <Table.Td>
                      <Checkbox aria-label={t('tasks.markDone', { title: task.title })} checked={task.done === 1} onChange={(e) => void setTaskDone(task.id, e.currentTarget.checked)} />
                    </Table.Td>
                    <Table.Td td={task.done ? 'line-through' : undefined}>{task.title}</Table.Td>
                    <Table.Td>
                      {fmt.date(task.due, 'P')}{' '}
                      {!task.done && task.due < today && <Badge size="xs" color="red">{t('tasks.overdue')}</Badge>}
                    </Table.Td>
                    <Table.Td>{task.owner ?? ''}</Table.Td>
                    <Table.Td>{href ? <Anchor component={Link} to={href} size="sm">{link ?? t('tasks.none')}</Anchor> : t('tasks.none')}</Table.Td>
                    <Table.Td>
                      <ActionIcon variant="subtle" color="red" aria-label={t('tasks.delete', { title: task.title })} onClick={() => void deleteTask(task.id)}>×</ActionIcon>
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
}
