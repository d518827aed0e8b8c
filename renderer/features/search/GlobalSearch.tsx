// The header's search box: opens the search dialog on click or Ctrl+K (⌘K); the index loads only then.
import { Button, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const SearchDialog = lazy(() => import('./SearchDialog'));

export function GlobalSearch() {
  const { t } = useTranslation('partners');
  const [opened, setOpened] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const open = () => {
    setLoaded(true);
    setOpened(true);
  };
  useHotkeys([['mod+K', open]], []);
  useEffect(() => {
    // Fetch the dialog's code (not the index) once the app is idle, so the first Ctrl+K opens at once.
    const timer = setTimeout(() => void import('./SearchDialog'), 3000);
    return () => clearTimeout(timer);
  }, []);
  return (
    <>
      <Button
        variant="default"
        w={{ base: 160, sm: 320 }}
        justify="space-between"
        onClick={open}
        aria-keyshortcuts="Control+K"
        aria-haspopup="dialog"
      >
        <Text size="sm" c="dimmed" truncate>
          {t('search.open')}
        </Text>
      </Button>
      {loaded && (
        <Suspense fallback={null}>
          <SearchDialog opened={opened} onClose={() => setOpened(false)} />
        </Suspense>
      )}
    </>
  );
}
