// Routes of the calendar area, loaded when first opened.
import type { RouteObject } from 'react-router';

export const calendarRoutes: RouteObject[] = [
  {
    path: 'calendar',
    // The month's read starts with the navigation, beside the loading and drawing of the page, not after them.
    loader: async ({ request }) => {
      const { startCalendarRead } = await import('./calendarRead');
      startCalendarRead(new URL(request.url).searchParams);
      return null;
    },
    // A new filter keeps the range: nothing new to read.
    shouldRevalidate: ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
      defaultShouldRevalidate &&
      ['view', 'date'].some((p) => currentUrl.searchParams.get(p) !== nextUrl.searchParams.get(p)),
    lazy: async () => ({ Component: (await import('./CalendarPage')).CalendarPage }),
  },
];
