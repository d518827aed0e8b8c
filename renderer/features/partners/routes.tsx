// Routes of the partner towns area, loaded when first opened.
import type { RouteObject } from 'react-router';

export const partnerRoutes: RouteObject[] = [
  { path: 'partners', lazy: async () => ({ Component: (await import('./PartnersPage')).PartnersPage }) },
  { path: 'partners/:id', lazy: async () => ({ Component: (await import('./PartnerPage')).PartnerPage }) },
];
