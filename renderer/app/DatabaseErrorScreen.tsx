// Shown instead of the app when the database cannot be opened: says why, never deletes anything.
import { Alert, Button, Container, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DatabaseProblem } from '../db/errors';

export function DatabaseErrorScreen({ problem }: { problem: DatabaseProblem }) {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1}>{t('db.title')}</Title>
        <Alert color="red" role="alert">
          {t(`db.${problem}`)}
        </Alert>
        <Button onClick={() => window.location.reload()} w="fit-content">
          {t('actions.retry')}
        </Button>
      </Stack>
    </Container>
  );
}
