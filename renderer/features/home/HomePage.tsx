// The home dashboard: three ways to start on an empty database (with the office's profile first), then the office's overview.
import { Alert, Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, memo, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasExampleData, isDatabaseEmpty } from '../../db/repositories/example';
import { useOfficeProfile } from '../settings/useOfficeProfile';
import { RemoveExampleButton } from './exampleData';
import { dashboardWidgets } from './widgets';
import { CardReadiness } from './cardReadiness';

/** Only an empty office shows the ways to start: their forms and the restore dialog load then. */
const StartOptions = lazy(async () => ({ default: (await import('./StartOptions')).StartOptions }));

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
      {empty && office && (
        <Suspense fallback={null}>
          <StartOptions profileMissing={!office.stored} />
        </Suspense>
      )}
      {empty === false && office && !office.stored && (
        <Alert color="yellow" title={t('profileMissing.title')}>
          <Text size="sm">
            {t('profileMissing.body')}{' '}
            <Anchor component={Link} to="/settings/office">
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
