// Rooming of a camp occurrence: rooms with capacity (added, renamed, resized, deleted after a
// confirmation), assigning and moving people (one or several at once), the printable list.
import { notifyFailure } from '../../app/failure';
import { deleteWithUndo } from '../../app/undoable';
import { Alert, Badge, Button, Group, NumberInput, SimpleGrid, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Room } from '../../../shared/domain';
import { isActive } from '../../../shared/exchanges/readiness';
import { sortByName } from '../../../shared/exchanges/lists';
import { ConfirmDelete } from '../../app/ConfirmDelete';
import { notifyError } from '../../app/notify';
import { deleteRoom, RoomNameTakenError, roomWithName, saveRoom } from '../../db/repositories/rooms';
import type { CampContext } from './context';
import { RoomAssignment } from './RoomAssignment';

interface Draft {
  room: Room;
  name: string;
  capacity: number | string;
}

export function RoomsTab({ eventId, occurrence, participants, rooms, town, issues }: CampContext) {
  const { t } = useTranslation('exchanges');
  const { t: tc } = useTranslation();
  const [name, setName] = useState('');
  const [capacity, setCapacity] = useState<number | string>(2);
  const [editing, setEditing] = useState<Draft | null>(null);
  // The room asked about stays named while the dialog fades out; `asking` opens and closes it.
  const [deleting, setDeleting] = useState<Room | null>(null);
  const [asking, setAsking] = useState(false);
  const people = sortByName(participants.filter((p) => isActive(p) && !p.anonymisedAt));
  const occupants = (roomId: string) => people.filter((p) => p.roomId === roomId).length;
  // Everyone whose assignment a deletion clears, withdrawn people included.
  const assigned = (roomId: string) => participants.filter((p) => p.roomId === roomId).length;
  // Said in words, not only by the badge's colour.
  const overfull = issues.flatMap((i) => (i.kind === 'roomOverCapacity' ? [i] : []));
  const run = (work: Promise<unknown>) =>
    void work.catch((e: unknown) =>
      e instanceof RoomNameTakenError
        ? notifyError(t('rooms.nameTaken', { name: e.roomName }))
        : notifyFailure('save', e),
    );
  const taken = (value: string, exceptId?: string) =>
    value.trim() && roomWithName(rooms, value, exceptId) ? t('rooms.nameTaken', { name: value.trim() }) : undefined;
  const addTaken = taken(name);
  const canAdd = Boolean(name.trim()) && typeof capacity === 'number' && !addTaken;
  const add = () => {
    if (!canAdd || typeof capacity !== 'number') return;
    run(saveRoom({ eventId, occurrence, name, capacity }).then(() => setName('')));
  };
  const editTaken = editing ? taken(editing.name, editing.room.id) : undefined;
  const canSave =
    editing !== null && Boolean(editing.name.trim()) && typeof editing.capacity === 'number' && !editTaken;
  const save = () => {
    if (!editing || !canSave || typeof editing.capacity !== 'number') return;
    run(saveRoom({ ...editing.room, name: editing.name, capacity: editing.capacity }).then(() => setEditing(null)));
  };
  const keys = (e: KeyboardEvent) => {
    if (e.key === 'Enter') save();
    if (e.key === 'Escape') setEditing(null);
  };
  const confirmDelete = () => {
    if (!deleting || !asking) return;
    if (editing?.room.id === deleting.id) setEditing(null);
    const room = deleting;
    void deleteWithUndo(tc('undo.deleted', { what: room.name }), () => deleteRoom(room.id));
    setAsking(false);
  };
  const deletingCount = deleting ? assigned(deleting.id) : 0;
  return (
    <Stack>
      <Group align="flex-end">
        <TextInput
          label={t('rooms.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={addTaken}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add();
          }}
        />
        <NumberInput label={t('rooms.capacity')} min={1} max={100} value={capacity} onChange={setCapacity} w={120} />
        <Button onClick={add} disabled={!canAdd}>
          {t('rooms.add')}
        </Button>
        <Button variant="default" component={Link} to={`/exchanges/${eventId}/${occurrence}/print/rooming`}>
          {t('rooms.print')}
        </Button>
      </Group>
      {overfull.map((i) => (
        <Alert key={i.roomId} color="red" py="xs">
          {t('issue.roomOverCapacity', {
            room: rooms.find((r) => r.id === i.roomId)?.name ?? '?',
            occupants: i.occupants,
            capacity: i.capacity,
          })}
        </Alert>
      ))}
      <SimpleGrid cols={{ base: 1, lg: 2 }} verticalSpacing="lg">
        <Stack gap="xs">
          <Title order={2} size="h5">
            {t('rooms.table')}
          </Title>
          <Table aria-label={t('rooms.table')} verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rooms.name')}</Table.Th>
                <Table.Th>{t('rooms.occupancy')}</Table.Th>
                <Table.Th>{t('rooms.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rooms.map((r) => {
                const n = occupants(r.id);
                const badge = (
                  <Badge color={n > r.capacity ? 'red' : n === r.capacity ? 'gray' : 'green'} variant="light">
                    {t('rooms.beds', { occupants: n, capacity: r.capacity })}
                  </Badge>
                );
                if (editing?.room.id === r.id) {
                  return (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <TextInput
                          size="xs"
                          aria-label={t('rooms.editName', { name: r.name })}
                          value={editing.name}
                          error={editTaken}
                          onChange={(e) => setEditing({ ...editing, name: e.currentTarget.value })}
                          onKeyDown={keys}
                          autoFocus
                        />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          <NumberInput
                            size="xs"
                            w={80}
                            min={1}
                            max={100}
                            aria-label={t('rooms.editCapacity', { name: r.name })}
                            value={editing.capacity}
                            onChange={(v) => setEditing({ ...editing, capacity: v })}
                            onKeyDown={keys}
                          />
                          {badge}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="compact-xs"
                            aria-label={t('rooms.save', { name: r.name })}
                            disabled={!canSave}
                            onClick={save}
                          >
                            {tc('actions.save')}
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="default"
                            aria-label={t('rooms.cancelEdit', { name: r.name })}
                            onClick={() => setEditing(null)}
                          >
                            {tc('actions.cancel')}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                }
                return (
                  <Table.Tr key={r.id}>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td>{badge}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          aria-label={t('rooms.edit', { name: r.name })}
                          onClick={() => setEditing({ room: r, name: r.name, capacity: r.capacity })}
                        >
                          {tc('actions.edit')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          aria-label={t('rooms.delete', { name: r.name })}
                          onClick={() => {
                            setDeleting(r);
                            setAsking(true);
                          }}
                        >
                          {tc('actions.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Stack>
        <RoomAssignment
          people={people}
          rooms={rooms}
          occupants={occupants}
          townName={(ref) => town(ref).name}
          run={run}
        />
      </SimpleGrid>
      <ConfirmDelete
        opened={asking}
        title={t('rooms.deleteTitle', { name: deleting?.name ?? '' })}
        message={deletingCount === 0 ? t('rooms.deleteEmpty') : t('rooms.deleteMessage', { count: deletingCount })}
        onCancel={() => setAsking(false)}
        onConfirm={confirmDelete}
      />
    </Stack>
  );
}
