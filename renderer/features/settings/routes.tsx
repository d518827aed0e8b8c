// Routes of the settings area, loaded when first opened: /settings opens its first section.
import type { RouteObject } from 'react-router';

const page = async () => ({ Component: (await import('./SettingsPage')).SettingsPage });

export const settingsRoutes: RouteObject[] = [
  { path: 'settings', lazy: page },
  { path: 'settings/:section', lazy: page },
];
