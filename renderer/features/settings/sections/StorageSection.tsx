// Settings section: whether the browser keeps the database for good, what to do when it does not, and the app's version.
import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AppInfo } from '../../../../shared/ipc';
import { platform } from '../../../platform';
import { useStoragePersistence } from '../useStoragePersistence';
import { Section } from '../Section';

export function StorageSection() {
  const { t } = useTranslation('settings');
  const persisted = useStoragePersistence();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void platform.appInfo().then((r) => r.ok && setInfo(r.value));
  }, []);
  return (
    <Section id="storage" title={t('storage.title')} help={t('sections.storageHelp')}>
      <Group>
        <Text size="sm">{t('storage.persistence')}</Text>
        {persisted === undefined ? null : (
          <Badge color={persisted ? 'green' : 'orange'}>
            {persisted ? t('storage.persisted') : t('storage.notPersisted')}
          </Badge>
        )}
      </Group>
      {persisted === false && (
        <Text size="sm">
          {t('storage.notPersistedHelp')}{' '}
          <Anchor component={Link} to="/settings/backups">
            {t('sections.toBackups')}
          </Anchor>
        </Text>
      )}
      {info && (
        <Text size="sm" c="dimmed">
          {t('version', { name: info.name, version: info.version })}
        </Text>
      )}
    </Section>
  );
}
