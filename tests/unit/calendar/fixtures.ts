// Builders of stored events for the calendar tests.
import type { CalendarEvent } from '../../../shared/domain';

export function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    id: 'e1',
    title: 'Obóz',
    kind: 'youthCamp',
    allDay: true,
    start: '2027-07-10',
    end: '2027-07-20',
    place: {},
    host: 'home',
    partnerIds: [],
    status: 'planned',
    series: 0,
    exceptions: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}
