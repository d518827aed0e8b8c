// The home dashboard: three ways to start on an empty database (with the office's profile first), then the office's overview.
import { Alert, Anchor, Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { MAX_BACKUP_BYTES } from '../../../shared/backup/format';
import { notifyError } from '../../app/notify';
import { hasExampleData, isDatabaseEmpty } from '../../db/repositories/example';
import { platform } from '../../platform';
import { backupFilters, errorMessage, PlatformError } from '../backup/flows';
import { useRestoreDialog } from '../backup/RestoreDialog';
import { OfficeProfileForm } from '../settings/OfficeProfileForm';
import { useOfficeProfile } from '../settings/useOfficeProfile';
import { LoadExampleButton, RemoveExampleButton } from './exampleData';
import { dashboardWidgets } from './widgets';
import { CardReadiness } from './cardReadiness';
import { useWriteLock } from '../../app/writeLock';

export function HomePage() {
  const { t } = useTranslation('home');
  const empty = useLiveQuery(isDatabaseEmpty);
  const office = useOfficeProfile();
  const example = useLiveQuery(hasExampleData);
  const name = office?.profile.genitive || office?.profile.name;
  const [ready, setReady] = useState<ReadonlySet<string>>(new Set());
  const report = useCallback(
    (card: string, isReady: boolean) =>
      setReady((cards) => {
        if (cards.has(card) === isReady) return cards;
        const next = new Set(cards);
        if (isReady) next.add(card);
        else next.delete(card);
        return next;
      }),
    [],
  );
  // Ready once every card has its data (an empty office: once the ways to start show).
  const allReady = empty === true || (empty === false && ready.size === dashboardWidgets.length);
  return (
    <Stack data-dashboard-ready={allReady ? '' : undefined}>
      <div>
        <Title order={1}>{t('title')}</Title>
        {name && (
          <Text c="dimmed" size="sm">
            {[office?.profile.officeName, t('subtitle', { name: office?.profile.name, genitive: name })]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        )}
      </div>
      {empty && office && <StartOptions profileMissing={!office.stored} />}
      {empty === false && office && !office.stored && (
        <Alert color="yellow" title={t('profileMissing.title')}>
          <Text size="sm">
            {t('profileMissing.body')}{' '}
            <Anchor component={Link} to="/settings">
              {t('profileMissing.action')}
            </Anchor>
          </Text>
        </Alert>
      )}
      {empty === false && example && (
        <Alert color="indigo" title={t('example.title')}>
          <Stack gap="xs">
            <Text size="sm">{t('example.body')}</Text>
            <RemoveExampleButton />
          </Stack>
        </Alert>
      )}
      {empty === false && (
        <CardReadiness.Provider value={report}>
          <DashboardCards />
        </CardReadiness.Provider>
      )}
    </Stack>
  );
}

/** The cards in a grid of equal columns that fills the page (three at 1366 px and wider, two or one when narrow),
 * kept out of the page's own renders (a card's readiness re-renders the page, not the cards). */
const DashboardCards = memo(function DashboardCards() {
  return (
    <SimpleGrid type="container" cols={{ base: 1, '680px': 2, '1040px': 3 }}>
      {dashboardWidgets.map((Widget, i) => (
        <Widget key={i} />
      ))}
    </SimpleGrid>
  );
});

/** The empty start: the office's profile (until stored), then add a partner, restore a backup or load the example. */
function StartOptions({ profileMissing }: { profileMissing: boolean }) {
  const { t } = useTranslation('home');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const lock = useWriteLock();
  const restore = useRestoreDialog();
  const pickBackup = async () => {
    const opened = await platform.openFile({ filters: backupFilters, maxBytes: MAX_BACKUP_BYTES });
    if (!opened.ok) return notifyError(errorMessage(new PlatformError(opened.error.code)));
    if ('canceled' in opened.value) return;
    await restore.start(opened.value.data);
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
