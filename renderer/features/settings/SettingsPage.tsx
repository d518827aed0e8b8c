// Settings: a list of sections beside the one shown, each at its own address (/settings/<section>), so the page
// stays short at 1366×768 and a link can lead straight to a section. Every section saves with its own Save button.
import { Box, Group, NavLink, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink as RouterLink, useParams } from 'react-router';
import { SETTINGS_SECTIONS } from './sections';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const { section } = useParams();
  const shown = SETTINGS_SECTIONS.find((s) => s.id === section);
  if (!shown) return <Navigate to={`/settings/${SETTINGS_SECTIONS[0].id}`} replace />;
  const { Component } = shown;
  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <Box
          component="nav"
          aria-label={t('sections.nav')}
          w={220}
          style={{ flexShrink: 0, position: 'sticky', top: 72 }}
        >
          {SETTINGS_SECTIONS.map((s) => (
            <NavLink
              key={s.id}
              component={RouterLink}
              to={`/settings/${s.id}`}
              label={t(`sections.name.${s.id}`)}
              active={s.id === shown.id}
              variant="filled"
            />
          ))}
        </Box>
        <Box style={{ flex: 1, minWidth: 0 }} maw={900}>
          <Component key={shown.id} />
        </Box>
      </Group>
    </Stack>
  );
}
