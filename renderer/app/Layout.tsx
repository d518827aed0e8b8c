// The app shell: header with language switch, the main navigation, and the current page.
import { AppShell, Button, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet } from 'react-router';
import type { Language } from '../../shared/ipc';
import { changeLanguage, currentLanguage } from '../i18n';
import { platform } from '../platform';
import { HeaderSlot } from './HeaderSlot';

const NAV = [
  { to: '/', key: 'home', end: true },
  { to: '/partners', key: 'partners' },
  { to: '/calendar', key: 'calendar' },
  { to: '/visits', key: 'visits' },
  { to: '/exchanges', key: 'exchanges' },
  { to: '/reports', key: 'reports' },
  { to: '/settings', key: 'settings' },
] as const;

export async function switchLanguage(language: Language): Promise<void> {
  await changeLanguage(language);
  await platform.setLanguage({ language });
}

/** Shows the other language's own name ("English" / "Polski") and switches to it. */
function LanguageButton() {
  const { t } = useTranslation();
  const other: Language = currentLanguage() === 'pl' ? 'en' : 'pl';
  return (
    <Button
      size="xs"
      variant="default"
      lang={other}
      title={t('language.label')}
      onClick={() => void switchLanguage(other)}
    >
      {t(`language.${other}`)}
    </Button>
  );
}

export function Layout() {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: 0 }} padding="md">
      <a
        href="#main-content"
        className="skip-link no-print"
        onClick={(e) => {
          // Hash routing: the link moves focus, it does not navigate.
          e.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        {t('nav.skip')}
      </a>
      <AppShell.Header className="no-print">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg">
            {t('appName')}
          </Text>
          <HeaderSlot />
          <LanguageButton />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" className="no-print" component="nav" aria-label={t('nav.label')}>
        <ScrollArea>
          {NAV.map((item) => (
            <NavLink
              key={item.key}
              component={RouterLink}
              to={item.to}
              end={'end' in item ? item.end : false}
              label={t(`nav.${item.key}`)}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
