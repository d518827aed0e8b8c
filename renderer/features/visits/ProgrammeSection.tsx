// The day-by-day programme: items per day, add/edit/reorder/remove, overlaps flagged, copy from an earlier visit.
import { FormModal } from '../../app/FormModal';
import { deleteWithUndo } from '../../app/undoable';
import { Alert, Badge, Button, Group, Modal, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeItem, Visit } from '../../../shared/domain';
import { copyProgramme, findOverlaps, groupByDay, moveWithinDay, sortByTime } from '../../../shared/visits/programme';
import { newId } from '../../db/repositories/base';
import { updateVisit } from '../../db/repositories/visits';
import { useFormat } from '../../i18n/format';
import { useVisits } from './hooks';
import { ProgrammeItemForm } from './ProgrammeItemForm';
import { useDialog } from './useDialog';
import { attempt } from './save';
import { TextCell } from '../../app/TextCell';

export function ProgrammeSection({ visit }: { visit: Visit }) {
  const { t } = useTranslation('visits');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const dialog = useDialog<ProgrammeItem | 'new'>();
  const editing = dialog.value;
  const [copying, setCopying] = useState(false);
  const overlaps = findOverlaps(visit.programme);
  const save = (programme: ProgrammeItem[]) =>
    attempt(() => updateVisit(visit.id, (v) => ({ ...v, programme })), 'programme');
  const lastDay = visit.programme.at(-1)?.from.slice(0, 10) ?? visit.start;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm">{t('programme.count', { count: visit.programme.length })}</Text>
        <Group gap="xs">
          <Button size="xs" onClick={() => dialog.open('new')}>
            {t('programme.add')}
          </Button>
          <Button size="xs" variant="default" onClick={() => void save(sortByTime(visit.programme))}>
            {t('programme.sort')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setCopying(true)}>
            {t('programme.copy')}
          </Button>
        </Group>
      </Group>
      {overlaps.size > 0 && (
        <Alert color="orange" role="alert">
          {t('programme.overlapWarning', { count: overlaps.size })}
        </Alert>
      )}
      {groupByDay(visit.programme).map((day) => (
        <section key={day.date} aria-label={format.date(day.date, 'weekdayLong')}>
          <Title order={3} size="h5" mb={4}>
            {format.date(day.date, 'weekdayLong')}
          </Title>
          <Table striped verticalSpacing={4} fz="sm" aria-label={format.date(day.date, 'weekdayLong')}>
            <Table.Thead style={{ whiteSpace: 'nowrap' }}>
              <Table.Tr>
                {['time', 'activity', 'place', 'responsible', 'notes'].map((k) => (
                  <Table.Th key={k}>{t(`programme.field.${k}`)}</Table.Th>
                ))}
                <Table.Th>
                  <VisuallyHidden>{t('actionsColumn')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {day.items.map((item, i) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Text span fz="sm" style={{ whiteSpace: 'nowrap' }}>
                      {item.from.slice(11)}–{item.to.slice(11)}
                    </Text>
                    {overlaps.has(item.id) && (
                      <Badge display="block" size="xs" color="orange">
                        {t('programme.overlaps')}
                      </Badge>
                    )}
                  </Table.Td>
                  <TextCell text={item.activity} minWidth={140} />
                  <TextCell text={item.place ?? ''} />
                  <TextCell text={item.responsible ?? ''} />
                  <TextCell text={item.notes ?? ''} />
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <Button
                        size="compact-xs"
                        variant="default"
                        disabled={i === 0}
                        aria-label={t('programme.up', { name: item.activity })}
                        onClick={() => void save(moveWithinDay(visit.programme, item.id, -1))}
                      >
                        ↑
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="default"
                        disabled={i === day.items.length - 1}
                        aria-label={t('programme.down', { name: item.activity })}
                        onClick={() => void save(moveWithinDay(visit.programme, item.id, 1))}
                      >
                        ↓
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="default"
                        aria-label={t('programme.edit', { name: item.activity })}
                        onClick={() => dialog.open(item)}
                      >
                        {tc('actions.edit')}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('programme.remove', { name: item.activity })}
                        onClick={() =>
                          void deleteWithUndo(tc('undo.deleted', { what: item.activity }), () =>
                            updateVisit(visit.id, (v) => ({
                              ...v,
                              programme: v.programme.filter((x) => x.id !== item.id),
                            })),
                          )
                        }
                      >
                        {tc('actions.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      ))}
      <FormModal
        closeButtonProps={{ 'aria-label': tc('actions.close') }}
        opened={dialog.opened}
        onClose={dialog.close}
        title={editing === 'new' ? t('programme.addTitle') : t('programme.editTitle')}
        size="lg"
      >
        {dialog.opened && editing !== null && (
          <ProgrammeItemForm
            item={editing === 'new' ? undefined : editing}
            defaultDay={lastDay}
            onCancel={dialog.close}
            onSave={async (item) => {
              const next =
                editing === 'new'
                  ? [...visit.programme, item]
                  : visit.programme.map((x) => (x.id === item.id ? item : x));
              const failed = await save(next);
              if (!failed) dialog.close();
              return failed ?? {};
            }}
          />
        )}
      </FormModal>
      <Modal
        closeButtonProps={{ 'aria-label': tc('actions.close') }}
        opened={copying}
        onClose={() => setCopying(false)}
        title={t('programme.copyTitle')}
      >
        {copying && <CopyProgramme visit={visit} onDone={() => setCopying(false)} />}
      </Modal>
    </Stack>
  );
}

function CopyProgramme({ visit, onDone }: { visit: Visit; onDone: () => void }) {
  const { t } = useTranslation('visits');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const sources = (useVisits() ?? []).filter((v) => v.id !== visit.id && v.programme.length > 0);
  const [sourceId, setSourceId] = useState<string | null>(null);
  const copy = async () => {
    const source = sources.find((v) => v.id === sourceId);
    if (!source) return;
    const failed = await attempt(() =>
      updateVisit(visit.id, (v) => ({
        ...v,
        programme: [...v.programme, ...copyProgramme(source.programme, source.start, v.start, newId)],
      })),
    );
    if (!failed) onDone();
  };
  return (
    <Stack gap="sm">
      <Text size="sm">{t('programme.copyHint')}</Text>
      {sources.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('programme.copyNone')}
        </Text>
      )}
      <Select
        label={t('programme.copyFrom')}
        data={sources.map((v) => ({ value: v.id, label: `${v.title} (${format.date(v.start, 'short')})` }))}
        value={sourceId}
        onChange={setSourceId}
        searchable
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {tc('actions.cancel')}
        </Button>
        <Button disabled={!sourceId} onClick={() => void copy()}>
          {t('programme.copyConfirm')}
        </Button>
      </Group>
    </Stack>
  );
}
