// Routes of the visits area, loaded when first opened. The visits' settings moved to the Settings page.
import { Navigate, type RouteObject } from 'react-router';

export const visitRoutes: RouteObject[] = [
  { path: 'visits', lazy: async () => ({ Component: (await import('./VisitsPage')).VisitsPage }) },
  { path: 'visits/settings', element: <Navigate to="/settings/per-diem" replace /> },
  { path: 'visits/:visitId', lazy: async () => ({ Component: (await import('./VisitPage')).VisitPage }) },
];
