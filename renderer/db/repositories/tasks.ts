// Tasks and deadlines (including visit follow-ups): the only writer of the tasks table.
import Dexie from 'dexie';
import { addDays } from '../../../shared/calendar/dates';
import { expandEvents } from '../../../shared/calendar/recurrence';
import { taskSchema, type Task, type Visit } from '../../../shared/domain';
import { db } from '../db';
import { newId, stamped, validate, type Input } from './base';
import { eventsByIds } from './events';
import { currentTime } from '../../app/today';

export type TaskInput = Input<typeof taskSchema>;

export async function saveTask(input: TaskInput): Promise<Task> {
  const record = validate(taskSchema, stamped({ ...input, id: input.id ?? newId() }));
  await db.tasks.put(record);
  return record;
}

export function getTask(id: string): Promise<Task | undefined> {
  return db.tasks.get(id);
}

export async function setTaskDone(id: string, done: boolean): Promise<void> {
  await db.tasks.update(id, { done: done ? 1 : 0, updatedAt: currentTime().toISOString() });
}

export async function deleteTask(id: string): Promise<void> {
  await db.tasks.delete(id);
}

/** Every task by due date; open ones only unless `includeDone`. */
export function listTasks(includeDone = false): Promise<Task[]> {
  if (!includeDone) return db.tasks.where('[done+due]').between([0, Dexie.minKey], [0, Dexie.maxKey]).toArray();
  return db.tasks.orderBy('due').toArray();
}

/** An event's tasks, open and done, by due date. */
export function tasksOfEvent(eventId: string): Promise<Task[]> {
  return db.tasks.where('eventId').equals(eventId).sortBy('due');
}

/** Open tasks due on or before `date` (overdue ones included), by due date, through the [done+due] index. */
export function openTasksDueBy(date: string): Promise<Task[]> {
  return db.tasks.where('[done+due]').between([0, Dexie.minKey], [0, date], true, true).toArray();
}

/** Units of a deadline set relative to an event's start. */
export const dueUnits = ['days', 'weeks'] as const;
export type DueUnit = (typeof dueUnits)[number];

/** The day `amount` days or weeks before `day` (a date or a date-time: its calendar date counts). */
export function dayBefore(day: string, amount: number, unit: DueUnit): string {
  return addDays(day.slice(0, 10), -(unit === 'weeks' ? amount * 7 : amount));
}

/**
 * The day an event starts, as a deadline counts from it: the first occurrence starting on or after `today`
 * (a series' next one, not one already under way), else the event's own start.
 */
export async function eventStartDay(eventId: string, today: string): Promise<string | undefined> {
  const event = await db.events.get(eventId);
  if (!event) return undefined;
  const next = expandEvents([event], today, addDays(today, 3660)).find((o) => o.firstDay >= today);
  return next?.firstDay ?? event.start.slice(0, 10);
}

/**
 * The due date `amount` days or weeks before the event's start (see eventStartDay), or undefined when the event
 * is gone. Worked out once: the task stores the date, not the rule, so moving the event later changes nothing.
 */
export async function dueBeforeEvent(
  eventId: string,
  amount: number,
  unit: DueUnit,
  today: string,
): Promise<string | undefined> {
  const start = await eventStartDay(eventId, today);
  return start === undefined ? undefined : dayBefore(start, amount, unit);
}

/** Titles of the events and visits these tasks are tied to (deleted records left out), for showing the links. */
export async function linkedTitles(
  tasks: readonly Task[],
): Promise<{ events: Map<string, string>; visits: Map<string, string> }> {
  const visitIds = [...new Set(tasks.flatMap((t) => (t.visitId ? [t.visitId] : [])))];
  const [events, visits] = await Promise.all([
    eventsByIds(tasks.flatMap((t) => (t.eventId ? [t.eventId] : []))),
    db.visits.bulkGet(visitIds),
  ]);
  return {
    events: new Map(events.map((e) => [e.id, e.title])),
    visits: new Map(visits.filter((v): v is Visit => v !== undefined).map((v) => [v.id, v.title])),
  };
}
