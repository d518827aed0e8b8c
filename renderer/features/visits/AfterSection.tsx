// After the visit: a short report of outcomes and follow-up tasks (owner, due date) for the dashboard.
import { DateField } from '../../app/DateField';
import { deleteWithUndo } from '../../app/undoable';
import { Button, Checkbox, Group, Stack, Table, Text, TextInput, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain';
import { deleteTask, saveTask, setTaskDone } from '../../db/repositories/tasks';
import { updateVisit } from '../../db/repositories/visits';
import { notifySuccess } from '../../app/notify';
import { useFormat } from '../../i18n/format';
import { useFollowUps } from './hooks';
import { attempt, type FieldErrors } from './save';
import { TextCell } from '../../app/TextCell';

export function AfterSection({ visit }: { visit: Visit }) {
  const { t } = useTranslation('visits');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const tasks = useFollowUps(visit.id) ?? [];
  const [report, setReport] = useState(visit.report ?? '');
  const [task, setTask] = useState({ title: '', owner: '', due: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const saveReport = async () => {
    const failed = await attempt(() => updateVisit(visit.id, (v) => ({ ...v, report: report.trim() || undefined })));
    if (!failed) notifySuccess(tc('state.saved'));
  };
  const addTask = async () => {
    const failed = await attempt(() =>
      saveTask({
        title: task.title,
        owner: task.owner.trim() || undefined,
        due: task.due,
        visitId: visit.id,
        partnerId: visit.partnerIds[0],
      }),
    );
    if (failed) setErrors(failed);
    else {
      setTask({ title: '', owner: '', due: '' });
      setErrors({});
    }
  };
  return (
    <Stack gap="sm">
      <Textarea
        label={t('after.report')}
        description={t('after.reportHint')}
        autosize
        minRows={4}
        value={report}
        onChange={(e) => setReport(e.currentTarget.value)}
      />
      <Button w="fit-content" onClick={() => void saveReport()}>
        {t('after.saveReport')}
      </Button>
      <Title order={3} size="h5">
        {t('after.followUps')}
      </Title>
      {tasks.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('after.noTasks')}
        </Text>
      )}
      {tasks.length > 0 && (
        <Table striped verticalSpacing={4} fz="sm" aria-label={t('after.followUps')}>
          <Table.Thead style={{ whiteSpace: 'nowrap' }}>
            <Table.Tr>
              <Table.Th>{t('after.done')}</Table.Th>
              {['title', 'owner', 'due'].map((k) => (
                <Table.Th key={k}>{t(`after.field.${k}`)}</Table.Th>
              ))}
              <Table.Th>
                <VisuallyHidden>{t('actionsColumn')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tasks.map((x) => (
              <Table.Tr key={x.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('after.markDone', { name: x.title })}
                    checked={x.done === 1}
                    onChange={(e) => void attempt(() => setTaskDone(x.id, e.currentTarget.checked))}
                  />
                </Table.Td>
                <TextCell text={x.title} minWidth={160} maxWidth={360} />
                <TextCell text={x.owner ?? ''} />
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(x.due, 'short')}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    aria-label={t('after.remove', { name: x.title })}
                    onClick={() => void deleteWithUndo(tc('undo.deleted', { what: x.title }), () => deleteTask(x.id))}
                  >
                    {tc('actions.delete')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group
        renderRoot={(props) => <form {...props} noValidate />}
        align="flex-start"
        gap="xs"
        aria-label={t('after.formLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          void addTask();
        }}
      >
        <TextInput
          label={t('after.field.title')}
          value={task.title}
          error={errors.title}
          w={280}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setTask((x) => ({ ...x, title: v }));
          }}
        />
        <TextInput
          label={t('after.field.owner')}
          value={task.owner}
          w={180}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setTask((x) => ({ ...x, owner: v }));
          }}
        />
        <DateField
          label={t('after.field.due')}
          value={task.due}
          error={errors.due}
          w={160}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setTask((x) => ({ ...x, due: v }));
          }}
        />
        <Button type="submit" variant="default" mt={25}>
          {t('after.addTask')}
        </Button>
      </Group>
    </Stack>
  );
}
