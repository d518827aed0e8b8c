// The home dashboard: the example-data offer on an empty database, then the office's overview.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDatabaseEmpty, loadExampleData } from '../../db/repositories/example';
import { notifyError, notifySuccess } from '../../app/notify';
import { classifyDatabaseError } from '../../db/errors';
import { i18n } from '../../i18n';
import { dashboardWidgets } from './widgets';

export function HomePage() {
  const { t } = useTranslation('home');
  const empty = useLiveQuery(isDatabaseEmpty);
  return (
    <Stack data-dashboard-ready={empty === undefined ? undefined : ''}>
      <Title order={1}>{t('title')}</Title>
      {empty && <ExampleOffer />}
      {empty === false && (
        <Group align="flex-start" grow wrap="wrap">
          {dashboardWidgets.map((Widget, i) => (
            <Widget key={i} />
          ))}
        </Group>
      )}
    </Stack>
  );
}

function ExampleOffer() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const load = async () => {
    setBusy(true);
    try {
      await loadExampleData();
      notifySuccess(t('example.loaded'));
    } catch (error) {
      notifyError(i18n.t(`db.${classifyDatabaseError(error)}`));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert title={t('example.title')} color="indigo">
      <Stack gap="sm">
        <Text size="sm">{t('example.body')}</Text>
        <Button w="fit-content" loading={busy} onClick={() => void load()}>
          {t('example.load')}
        </Button>
      </Stack>
    </Alert>
  );
}
