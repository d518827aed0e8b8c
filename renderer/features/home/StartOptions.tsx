// The empty office's start: the office's profile (until stored), then add a partner, restore a backup or load the example.
// Loaded only when the database is empty, so its forms and the restore machinery stay out of the start-up bundle.
import { Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notifyError } from '../../app/notify';
import { chooseBackupFile, errorMessage } from '../backup/flows';
import { useRestoreDialog } from '../backup/RestoreDialog';
import { OfficeProfileForm } from '../settings/OfficeProfileForm';
import { LoadExampleButton } from './exampleData';
import { useWriteLock } from '../../app/writeLock';

/** The empty start: the office's profile (until stored), then add a partner, restore a backup or load the example. */
export function StartOptions({ profileMissing }: { profileMissing: boolean }) {
  const { t } = useTranslation('home');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const lock = useWriteLock();
  const restore = useRestoreDialog();
  const pickBackup = async () => {
    try {
      const file = await chooseBackupFile();
      if (file) await restore.start(file);
    } catch (error) {
      notifyError(errorMessage(error));
    }
  };
  return (
    <Stack>
      {profileMissing && (
        <Card withBorder component="section" aria-labelledby="start-profile">
          <Stack gap="xs">
            <Title order={2} size="h4" id="start-profile">
              {t('start.profileTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('start.profileHelp')}
            </Text>
            <OfficeProfileForm />
          </Stack>
        </Card>
      )}
      <Card withBorder component="section" aria-labelledby="start-ways">
        <Stack gap="sm">
          <Title order={2} size="h4" id="start-ways">
            {tc('example.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Stack gap="xs">
              <Text size="sm">{t('start.partnerHelp')}</Text>
              <Button {...lock} onClick={() => void navigate('/partners?new=1')}>
                {t('start.partner')}
              </Button>
            </Stack>
            <Stack gap="xs">
              <Text size="sm">{t('start.restoreHelp')}</Text>
              <Button variant="default" onClick={() => void pickBackup()}>
                {t('start.restore')}
              </Button>
            </Stack>
            <Stack gap="xs">
              <Text size="sm">{tc('example.body')}</Text>
              <LoadExampleButton variant="default" />
            </Stack>
          </SimpleGrid>
        </Stack>
      </Card>
      {restore.dialog}
    </Stack>
  );
}
