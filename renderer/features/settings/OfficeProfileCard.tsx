// Settings section: the office's profile (letterhead), with a word when it is still the example office's.
import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OfficeProfileForm } from './OfficeProfileForm';
import { useOfficeProfile } from './useOfficeProfile';

export function OfficeProfileCard() {
  const { t } = useTranslation('settings');
  const office = useOfficeProfile();
  return (
    <Card withBorder component="section" aria-labelledby="settings-profile">
      <Stack gap="sm">
        <Title order={2} size="h4" id="settings-profile">
          {t('profile.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('profile.help')}
        </Text>
        {office?.profile.example && (
          <Alert color="yellow" p="xs">
            <Text size="sm">{t('profile.example')}</Text>
          </Alert>
        )}
        {office && <OfficeProfileForm profile={office.stored ? office.profile : undefined} />}
      </Stack>
    </Card>
  );
}
