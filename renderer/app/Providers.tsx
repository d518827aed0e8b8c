// Theme (following the system's dark mode), notifications and i18n around the whole app.
import { MantineProvider, getDefaultZIndex, mergeThemeOverrides } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '../i18n';
import { cssVariables, theme } from './theme';

/** The theme with the close buttons of every dialog and notification named in the UI language. */
function ThemedApp({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  // Not "Close": many dialogs have a Close button of their own, and the two must not share a name.
  const close = t('actions.dismissDialog');
  const dismiss = t('actions.dismissNotice');
  const named = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Modal: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Drawer: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Notification: { defaultProps: { closeButtonProps: { 'aria-label': dismiss } } },
        },
      }),
    [close, dismiss],
  );
  return (
    <MantineProvider theme={named} cssVariablesResolver={cssVariables} defaultColorScheme="auto">
      {/* Above dialogs, below open dropdowns: a toast must never swallow the click that picks an option. */}
      <Notifications position="bottom-right" zIndex={getDefaultZIndex('modal') + 50} />
      {children}
    </MantineProvider>
  );
}

export function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemedApp>{children}</ThemedApp>
    </I18nextProvider>
  );
}
