// Routes of the exchanges area, loaded when first opened.
import type { RouteObject } from 'react-router';

export const exchangeRoutes: RouteObject[] = [
  { path: 'exchanges', lazy: async () => ({ Component: (await import('./ExchangesPage')).ExchangesPage }) },
];
