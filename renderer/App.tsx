// Routes of the app (hash routing: the app is served as files). Each area owns its routes module.
import { RouterProvider, createHashRouter } from 'react-router';
import { Layout } from './app/Layout';
import { RouteError } from './app/RouteError';
import { homeRoutes } from './features/home/routes';
import { partnerRoutes } from './features/partners/routes';
import { calendarRoutes } from './features/calendar/routes';
import { visitRoutes } from './features/visits/routes';
import { exchangeRoutes } from './features/exchanges/routes';
import { reportRoutes } from './features/reports/routes';
import { settingsRoutes } from './features/settings/routes';

const router = createHashRouter([
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      ...homeRoutes,
      ...partnerRoutes,
      ...calendarRoutes,
      ...visitRoutes,
      ...exchangeRoutes,
      ...reportRoutes,
      ...settingsRoutes,
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
