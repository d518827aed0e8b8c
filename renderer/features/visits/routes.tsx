// Routes of the visits area, loaded when first opened.
import type { RouteObject } from 'react-router';

export const visitRoutes: RouteObject[] = [
  { path: 'visits', lazy: async () => ({ Component: (await import('./VisitsPage')).VisitsPage }) },
  {
    path: 'visits/settings',
    lazy: async () => ({ Component: (await import('./VisitSettingsPage')).VisitSettingsPage }),
  },
  { path: 'visits/:visitId', lazy: async () => ({ Component: (await import('./VisitPage')).VisitPage }) },
];
