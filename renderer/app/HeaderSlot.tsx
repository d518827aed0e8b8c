// The middle of the header: the global search box and, with team sync on, its status.
import { Group } from '@mantine/core';
import { GlobalSearch } from '../features/search/GlobalSearch';
import { TeamStatus } from '../features/team/TeamStatus';

export function HeaderSlot() {
  return (
    <Group gap="md" wrap="nowrap">
      <GlobalSearch />
      <TeamStatus />
    </Group>
  );
}
