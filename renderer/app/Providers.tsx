// Theme (following the system's dark mode), notifications and i18n around the whole app.
import { MantineProvider, createTheme, getDefaultZIndex } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n';

const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif',
});

export function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="auto">
        {/* Above dialogs, below open dropdowns: a toast must never swallow the click that picks an option. */}
        <Notifications position="bottom-right" zIndex={getDefaultZIndex('modal') + 50} />
        {children}
      </MantineProvider>
    </I18nextProvider>
  );
}
