// An event's tasks in its details: each with its due date and done state (ticked off here), and a short form to add one.
import { Anchor, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../app/DateField';
import { notifyFailure } from '../../app/failure';
import { notifySuccess } from '../../app/notify';
import { useWriteLock } from '../../app/writeLock';
import { saveTask, setTaskDone, tasksOfEvent } from '../../db/repositories/tasks';
import { useFormat } from '../../i18n/format';

export function EventTasks({ eventId, defaultDue }: { eventId: string; defaultDue: string }) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  const lock = useWriteLock();
  const heading = useId();
  const tasks = useLiveQuery(() => tasksOfEvent(eventId), [eventId]);
  const [adding, setAdding] = useState(false);
  const [title, setTitle] = useState('');
  const [due, setDue] = useState(defaultDue);
  const valid = title.trim() !== '' && /^\d{4}-\d{2}-\d{2}$/.test(due);

  const guarded = async (action: () => Promise<unknown>, done?: string) => {
    try {
      await action();
      if (done) notifySuccess(done);
      return true;
    } catch (error) {
      notifyFailure('save', error);
      return false;
    }
  };
  const add = async () => {
    if (!valid) return;
    if (await guarded(() => saveTask({ title: title.trim(), due, eventId }), t('tasks.saved'))) {
      setTitle('');
      setAdding(false);
    }
  };

  if (!tasks) return null;
  return (
    <Stack gap={4} component="section" aria-labelledby={heading}>
      <Text fw={600} size="sm" id={heading}>
        {t('eventTasks.title')}
      </Text>
      {tasks.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('eventTasks.none')}
        </Text>
      ) : (
        <Stack gap={4} role="list" aria-labelledby={heading}>
          {tasks.map((task) => (
            <div role="listitem" key={task.id}>
              <Checkbox
                size="xs"
                {...lock}
                checked={task.done === 1}
                onChange={(e) => void guarded(() => setTaskDone(task.id, e.currentTarget.checked))}
                label={[
                  task.title,
                  t('eventTasks.due', { date: fmt.date(task.due, 'short') }),
                  task.owner,
                  task.done === 1 ? t('tasks.done') : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </div>
          ))}
        </Stack>
      )}
      {adding ? (
        <Group align="flex-end" gap="xs" role="group" aria-label={t('eventTasks.add')}>
          <TextInput
            label={t('tasks.task')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && void add()}
            data-autofocus
            w={260}
          />
          <DateField label={t('tasks.due')} value={due} onChange={(e) => setDue(e.currentTarget.value)} w={150} />
          <Button size="sm" {...lock} disabled={lock.disabled || !valid} onClick={() => void add()}>
            {t('eventTasks.save')}
          </Button>
          <Button size="sm" variant="default" onClick={() => setAdding(false)}>
            {tc('actions.cancel')}
          </Button>
        </Group>
      ) : (
        <Anchor component="button" type="button" size="sm" {...lock} onClick={() => setAdding(true)}>
          {t('eventTasks.add')}
        </Anchor>
      )}
    </Stack>
  );
}
