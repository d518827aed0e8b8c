// Shown when a page throws: a message in the UI language and a way back, never a blank window.
import { Alert, Button, Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { classifyDatabaseError } from '../db/errors';

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const problem = classifyDatabaseError(error);
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Alert color="red" role="alert" title={t('error.title')}>
          {problem === 'unknown' ? t('error.body') : t(`db.${problem}`)}
        </Alert>
        <Button w="fit-content" onClick={() => window.location.reload()}>
          {t('actions.retry')}
        </Button>
      </Stack>
    </Container>
  );
}
