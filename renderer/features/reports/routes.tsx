// Routes of the reports area, loaded when first opened.
import type { RouteObject } from 'react-router';

export const reportRoutes: RouteObject[] = [
  { path: 'reports', lazy: async () => ({ Component: (await import('./ReportsPage')).ReportsPage }) },
];
