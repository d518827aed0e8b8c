// Settings section: whether example records are in the database, and removing them (only them) in one step.
import { Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { hasExampleData } from '../../db/repositories/example';
import { RemoveExampleButton } from '../home/exampleData';
import { Section } from './Section';

export function ExampleDataCard() {
  const { t } = useTranslation();
  const { t: ts } = useTranslation('settings');
  const present = useLiveQuery(hasExampleData);
  if (present === undefined) return null;
  return (
    <Section id="example" title={present ? t('example.present') : ts('sections.name.example')}>
      {present ? (
        <>
          <Text size="sm">{t('example.presentBody')}</Text>
          <RemoveExampleButton />
        </>
      ) : (
        <Text size="sm">{ts('sections.exampleAbsent')}</Text>
      )}
    </Section>
  );
}
