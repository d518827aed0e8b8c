// Settings → Team: the connection card, and below it the merge log of this desk.
import { Stack } from '@mantine/core';
import { MergeLog } from './MergeLog';
import { TeamCard } from './TeamCard';

export function TeamSection() {
  return (
    <Stack>
      <TeamCard />
      <MergeLog />
    </Stack>
  );
}
