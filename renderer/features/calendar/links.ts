// Where a calendar record opens: events in the calendar on their day, visits and partners on their pages.
import type { Task } from '../../../shared/domain';

export const eventHref = (id: string, date?: string) =>
  `/calendar?event=${encodeURIComponent(id)}${date ? `&date=${date}` : ''}`;
export const visitHref = (id: string) => `/visits/${encodeURIComponent(id)}`;
export const partnerHref = (id: string) => `/partners/${encodeURIComponent(id)}`;

/** The record a task is tied to, most specific first; undefined for a free-standing task. */
export function taskHref(task: Task): string | undefined {
  if (task.eventId) return eventHref(task.eventId);
  if (task.visitId) return visitHref(task.visitId);
  if (task.partnerId) return partnerHref(task.partnerId);
  return undefined;
}

/** Every record a task is tied to, in the order taskHref prefers them. */
export function taskLinks(task: Task): { kind: 'event' | 'visit' | 'partner'; id: string; href: string }[] {
  return [
    ...(task.eventId ? [{ kind: 'event' as const, id: task.eventId, href: eventHref(task.eventId) }] : []),
    ...(task.visitId ? [{ kind: 'visit' as const, id: task.visitId, href: visitHref(task.visitId) }] : []),
    ...(task.partnerId ? [{ kind: 'partner' as const, id: task.partnerId, href: partnerHref(task.partnerId) }] : []),
  ];
}
