// The logistics checklist: each item's status, owner and notes; the office's own items added or removed.
import { deleteWithUndo } from '../../app/undoable';
import { Button, Group, Select, Stack, Table, TextInput, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logisticsStatuses, type LogisticsItem, type LogisticsStatus, type Visit } from '../../../shared/domain';
import { newId } from '../../db/repositories/base';
import { updateVisit } from '../../db/repositories/visits';
import { attempt } from './save';
import { TextCell } from '../../app/TextCell';

export function LogisticsSection({ visit }: { visit: Visit }) {
  const { t } = useTranslation('visits');
  const { t: tc } = useTranslation();
  const [label, setLabel] = useState('');
  const change = (id: string, patch: Partial<LogisticsItem>) =>
    attempt(() =>
      updateVisit(visit.id, (v) => ({
        ...v,
        logistics: v.logistics.map((l) => (l.id === id ? { ...l, ...patch } : l)),
      })),
    );
  const add = async () => {
    if (!label.trim()) return;
    const failed = await attempt(() =>
      updateVisit(visit.id, (v) => ({
        ...v,
        logistics: [...v.logistics, { id: newId(), label: label.trim(), status: 'todo' }],
      })),
    );
    if (!failed) setLabel('');
  };
  const name = (l: LogisticsItem) => l.label || (l.kind ? t(`logistics.kind.${l.kind}`) : '');
  return (
    <Stack gap="sm">
      <Table striped verticalSpacing={4} fz="sm" aria-label={t('tabs.logistics')}>
        <Table.Thead style={{ whiteSpace: 'nowrap' }}>
          <Table.Tr>
            {['item', 'status', 'owner', 'notes'].map((k) => (
              <Table.Th key={k}>{t(`logistics.field.${k}`)}</Table.Th>
            ))}
            <Table.Th>
              <VisuallyHidden>{t('actionsColumn')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visit.logistics.map((l) => (
            <Table.Tr key={l.id}>
              <TextCell text={name(l)} minWidth={140} />
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={t('logistics.statusOf', { name: name(l) })}
                  allowDeselect={false}
                  value={l.status}
                  w={150}
                  data={logisticsStatuses.map((s) => ({ value: s, label: t(`logistics.status.${s}`) }))}
                  onChange={(v) => v && void change(l.id, { status: v as LogisticsStatus })}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  aria-label={t('logistics.ownerOf', { name: name(l) })}
                  defaultValue={l.owner ?? ''}
                  onBlur={(e) => {
                    const v = e.currentTarget.value.trim() || undefined;
                    if (v !== l.owner) void change(l.id, { owner: v });
                  }}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  aria-label={t('logistics.notesOf', { name: name(l) })}
                  defaultValue={l.notes ?? ''}
                  onBlur={(e) => {
                    const v = e.currentTarget.value.trim() || undefined;
                    if (v !== l.notes) void change(l.id, { notes: v });
                  }}
                />
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  aria-label={t('logistics.remove', { name: name(l) })}
                  onClick={() =>
                    void deleteWithUndo(tc('undo.deleted', { what: name(l) }), () =>
                      updateVisit(visit.id, (v) => ({ ...v, logistics: v.logistics.filter((x) => x.id !== l.id) })),
                    )
                  }
                >
                  {tc('actions.delete')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group
        renderRoot={(props) => <form {...props} noValidate />}
        align="flex-end"
        gap="xs"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <TextInput
          label={t('logistics.newItem')}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          w={300}
        />
        <Button type="submit" variant="default">
          {tc('actions.add')}
        </Button>
      </Group>
    </Stack>
  );
}
