// Shown instead of the app when the database cannot be used: says why, offers the newest automatic backup
// where a restore can help, and never deletes anything without the user's confirmation.
import { Alert, Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DatabaseProblem } from '../db/errors';
import { RecoveryOffer } from '../features/backup/RecoveryOffer';

/** Problems a restore from a backup can cure; a full disk, a newer app or another window cannot be. */
const RECOVERABLE: readonly DatabaseProblem[] = ['unknown', 'validation'];

export function DatabaseErrorScreen({ problem }: { problem: DatabaseProblem }) {
  const { t } = useTranslation();
  const { t: tb } = useTranslation('backup');
  if (problem === 'newerEmpty') return <NewerEmptyScreen />;
  const title =
    problem === 'closed'
      ? tb('durability.closedTitle')
      : problem === 'blocked'
        ? tb('durability.blockedTitle')
        : t('db.title');
  const message =
    problem === 'closed'
      ? tb('durability.closed')
      : problem === 'blocked'
        ? tb('durability.blocked')
        : t(`db.${problem}`);
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1}>{title}</Title>
        <Alert color={problem === 'blocked' ? 'orange' : 'red'} role="alert">
          {message}
        </Alert>
        <Button onClick={() => window.location.reload()} w="fit-content">
          {problem === 'closed' ? t('actions.reload') : t('actions.retry')}
        </Button>
        {RECOVERABLE.includes(problem) && <RecoveryOffer />}
      </Stack>
    </Container>
  );
}

/** A newer app's database with nothing this version can read: the same read-only explanation as with data. */
function NewerEmptyScreen() {
  const { t } = useTranslation();
  const { t: tb } = useTranslation('backup');
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1}>{tb('durability.readOnlyTitle')}</Title>
        <Alert color="orange" role="status" title={tb('durability.readOnlyTitle')}>
          <Stack gap="xs">
            <Text size="sm">{tb('durability.readOnly')}</Text>
            <Text size="sm">{t('db.newerEmpty')}</Text>
          </Stack>
        </Alert>
      </Stack>
    </Container>
  );
}
