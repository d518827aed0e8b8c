// Rooming of a camp occurrence: rooms with capacity, assigning and moving people, the printable list.
import { Alert, Badge, Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isActive } from '../../../shared/exchanges/readiness';
import { sortByName } from '../../../shared/exchanges/lists';
import { notifyError } from '../../app/notify';
import { classifyDatabaseError } from '../../db/errors';
import { assignRoom } from '../../db/repositories/participants';
import { deleteRoom, saveRoom } from '../../db/repositories/rooms';
import type { CampContext } from './context';

export function RoomsTab({ eventId, occurrence, participants, rooms, town, issues }: CampContext) {
  const { t } = useTranslation('exchanges');
  const { t: tc } = useTranslation();
  const [name, setName] = useState('');
  const [capacity, setCapacity] = useState<number | string>(2);
  const people = sortByName(participants.filter((p) => isActive(p) && !p.anonymisedAt));
  const occupants = (roomId: string) => people.filter((p) => p.roomId === roomId).length;
  // Said in words, not only by the badge's colour.
  const overfull = issues.flatMap((i) => (i.kind === 'roomOverCapacity' ? [i] : []));
  const run = (work: Promise<unknown>) => void work.catch((e: unknown) => notifyError(tc(`db.${classifyDatabaseError(e)}`)));
  const add = () => {
    if (!name.trim() || typeof capacity !== 'number') return;
    run(saveRoom({ eventId, occurrence, name, capacity }).then(() => setName('')));
  };
  return (
    <Stack>
      <Group align="flex-end">
        <TextInput label={t('rooms.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <NumberInput label={t('rooms.capacity')} min={1} max={100} value={capacity} onChange={setCapacity} w={120} />
        <Button onClick={add} disabled={!name.trim() || typeof capacity !== 'number'}>{t('rooms.add')}</Button>
        <Button variant="default" component={Link} to={`/exchanges/${eventId}/${occurrence}/print/rooming`}>{t('rooms.print')}</Button>
      </Group>
      {overfull.map((i) => (
        <Alert key={i.roomId} color="red" py="xs">
          {t('issue.roomOverCapacity', { room: rooms.find((r) => r.id === i.roomId)?.name ?? '?', occupants: i.occupants, capacity: i.capacity })}
        </Alert>
      ))}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Table aria-label={t('rooms.table')}>
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
              return (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td>
                    <Badge color={n > r.capacity ? 'red' : n === r.capacity ? 'gray' : 'green'} variant="light">
                      {t('rooms.beds', { occupants: n, capacity: r.capacity })}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" color="red" aria-label={t('rooms.delete', { name: r.name })}
                      onClick={() => run(deleteRoom(r.id))}>{tc('actions.delete')}</Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Stack gap="xs">
          <Title order={2} size="h5">{t('rooms.assign')}</Title>
          <Table aria-label={t('rooms.assign')}>
            <Table.Tbody>
              {people.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.lastName} {p.firstName}</Table.Td>
                  <Table.Td>{town(p.sendingTown).name}</Table.Td>
                  <Table.Td>
                    <NativeSelect size="xs" aria-label={t('rooms.roomOf', { name: `${p.firstName} ${p.lastName}` })} value={p.roomId ?? ''}
                      onChange={(e) => run(assignRoom(p.id, e.currentTarget.value || undefined))}
                      data={[{ value: '', label: t('rooms.none') }, ...rooms.map((r) => ({
                        value: r.id, label: `${r.name} (${occupants(r.id)}/${r.capacity})`,
                      }))]} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
