// Routes of the exchanges area, loaded when first opened.
import type { RouteObject } from 'react-router';

export const exchangeRoutes: RouteObject[] = [
  { path: 'exchanges', lazy: async () => ({ Component: (await import('./ExchangesPage')).ExchangesPage }) },
  { path: 'exchanges/privacy', lazy: async () => ({ Component: (await import('./PrivacyPage')).PrivacyPage }) },
  {
    path: 'exchanges/person/:participantId',
    lazy: async () => ({ Component: (await import('./PersonPage')).PersonPage }),
  },
  { path: 'exchanges/:eventId/:occurrence', lazy: async () => ({ Component: (await import('./CampPage')).CampPage }) },
  {
    path: 'exchanges/:eventId/:occurrence/print/:list',
    lazy: async () => ({ Component: (await import('./PrintPage')).PrintPage }),
  },
];
