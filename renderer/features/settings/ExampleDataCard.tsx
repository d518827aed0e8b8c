// Settings section shown while example records are in the database: what they are and how to remove them in one step.
import { Card, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { hasExampleData } from '../../db/repositories/example';
import { RemoveExampleButton } from '../home/exampleData';

export function ExampleDataCard() {
  const { t } = useTranslation();
  const present = useLiveQuery(hasExampleData);
  if (!present) return null;
  return (
    <Card withBorder component="section" aria-labelledby="settings-example">
      <Stack gap="xs">
        <Title order={2} size="h4" id="settings-example">
          {t('example.present')}
        </Title>
        <Text size="sm">{t('example.presentBody')}</Text>
        <RemoveExampleButton />
      </Stack>
    </Card>
  );
}
