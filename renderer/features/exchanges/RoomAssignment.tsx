// Who sleeps where: one room per person from a select, or several people ticked and put in one room at once.
import { Button, Checkbox, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Room, TownRef } from '../../../shared/domain';
import { notifySuccess } from '../../app/notify';
import { assignRoom, assignRooms } from '../../db/repositories/participants';

interface Props {
  /** People who get a room, surname first. */
  people: Participant[];
  rooms: Room[];
  occupants: (roomId: string) => number;
  townName: (ref: TownRef | undefined) => string;
  /** Runs a write and says what went wrong if it fails. */
  run: (work: Promise<unknown>) => void;
}

/** Nothing chosen in the target select yet: the button waits for a room (or "no room"). */
const UNCHOSEN = '?';

export function RoomAssignment({ people, rooms, occupants, townName, run }: Props) {
  const { t } = useTranslation('exchanges');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [target, setTarget] = useState(UNCHOSEN);
  // Only people still on the list count as selected (someone may have withdrawn meanwhile).
  const selected = people.filter((p) => picked.has(p.id)).map((p) => p.id);
  const everyone = people.length > 0 && selected.length === people.length;
  const toggle = (id: string, on: boolean) =>
    setPicked((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const roomOptions = rooms.map((r) => ({ value: r.id, label: `${r.name} (${occupants(r.id)}/${r.capacity})` }));
  const assignSelected = () => {
    if (selected.length === 0 || target === UNCHOSEN) return;
    const roomId = target || undefined;
    const room = rooms.find((r) => r.id === roomId);
    run(
      assignRooms(selected, roomId).then(() => {
        setPicked(new Set());
        notifySuccess(
          room
            ? t('rooms.assigned', { count: selected.length, room: room.name })
            : t('rooms.unassigned', { count: selected.length }),
        );
      }),
    );
  };
  return (
    <Stack gap="xs">
      <Title order={2} size="h5">
        {t('rooms.assign')}
      </Title>
      <Group align="flex-end" gap="xs">
        <NativeSelect
          size="xs"
          label={t('rooms.target')}
          value={target}
          onChange={(e) => setTarget(e.currentTarget.value)}
          data={[
            { value: UNCHOSEN, label: '—', disabled: true },
            { value: '', label: t('rooms.none') },
            ...roomOptions,
          ]}
        />
        <Button size="xs" disabled={selected.length === 0 || target === UNCHOSEN} onClick={assignSelected}>
          {t('rooms.assignSelected')}
        </Button>
        <Text size="sm" aria-live="polite">
          {selected.length > 0 && t('rooms.selected', { count: selected.length })}
        </Text>
      </Group>
      <Table aria-label={t('rooms.assign')} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>
              <Checkbox
                size="xs"
                aria-label={t('rooms.selectAll')}
                checked={everyone}
                indeterminate={selected.length > 0 && !everyone}
                onChange={(e) => setPicked(new Set(e.currentTarget.checked ? people.map((p) => p.id) : []))}
              />
            </Table.Th>
            <Table.Th aria-sort="ascending" title={t('participants.sortedBySurname')}>
              {t('field.name')}
            </Table.Th>
            <Table.Th>{t('field.sendingTown')}</Table.Th>
            <Table.Th>{t('person.room')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((p) => {
            const name = `${p.firstName} ${p.lastName}`;
            return (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Checkbox
                    size="xs"
                    aria-label={t('rooms.select', { name })}
                    checked={picked.has(p.id)}
                    onChange={(e) => toggle(p.id, e.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td>
                  {p.lastName} {p.firstName}
                </Table.Td>
                <Table.Td>{townName(p.sendingTown)}</Table.Td>
                <Table.Td>
                  <NativeSelect
                    size="xs"
                    aria-label={t('rooms.roomOf', { name })}
                    value={p.roomId ?? ''}
                    onChange={(e) => run(assignRoom(p.id, e.currentTarget.value || undefined))}
                    data={[{ value: '', label: t('rooms.none') }, ...roomOptions]}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
