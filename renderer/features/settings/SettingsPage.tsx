// Settings: office profile, team sync, language, theme, storage persistence and the app's version.
import { Badge, Card, Group, SegmentedControl, Stack, Text, Title, useMantineColorScheme } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc';
import { switchLanguage } from '../../app/Layout';
import { currentLanguage } from '../../i18n';
import { platform } from '../../platform';
import { useStoragePersistence } from './useStoragePersistence';
import { BackupSection } from '../backup/BackupSection';
import { DormancySettingsCard } from '../partners/DormancySettingsCard';
import { OfficeProfileCard } from './OfficeProfileCard';
import { ExampleDataCard } from './ExampleDataCard';
import { TeamCard } from '../team/TeamCard';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const persisted = useStoragePersistence();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void platform.appInfo().then((r) => r.ok && setInfo(r.value));
  }, []);
  return (
    <Stack maw={720}>
      <Title order={1}>{t('title')}</Title>
      <OfficeProfileCard />
      <TeamCard />
      <Card withBorder>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('appearance')}
          </Title>
          <Group>
            <Text size="sm" w={160}>
              {tc('language.label')}
            </Text>
            <SegmentedControl
              aria-label={tc('language.label')}
              value={currentLanguage()}
              onChange={(v) => void switchLanguage(v === 'en' ? 'en' : 'pl')}
              data={[
                { value: 'pl', label: tc('language.pl') },
                { value: 'en', label: tc('language.en') },
              ]}
            />
          </Group>
          <Group>
            <Text size="sm" w={160}>
              {tc('colorScheme.label')}
            </Text>
            <SegmentedControl
              aria-label={tc('colorScheme.label')}
              value={colorScheme}
              onChange={(v) => setColorScheme(v === 'light' || v === 'dark' ? v : 'auto')}
              data={(['auto', 'light', 'dark'] as const).map((v) => ({ value: v, label: tc(`colorScheme.${v}`) }))}
            />
          </Group>
        </Stack>
      </Card>
      <BackupSection />
      <Card withBorder>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('storage.title')}
          </Title>
          <Group>
            <Text size="sm">{t('storage.persistence')}</Text>
            {persisted === undefined ? null : (
              <Badge color={persisted ? 'green' : 'orange'}>
                {persisted ? t('storage.persisted') : t('storage.notPersisted')}
              </Badge>
            )}
          </Group>
          {persisted === false && (
            <Text size="sm" c="dimmed">
              {t('storage.notPersistedHelp')}
            </Text>
          )}
        </Stack>
      </Card>
      <DormancySettingsCard />
      <ExampleDataCard />
      {info && (
        <Text size="sm" c="dimmed">
          {t('version', { name: info.name, version: info.version })}
        </Text>
      )}
    </Stack>
  );
}
