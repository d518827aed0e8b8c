// Tasks and deadlines (including visit follow-ups): the only writer of the tasks table.
import Dexie from 'dexie';
import { taskSchema, type Task } from '../../../shared/domain';
import { db } from '../db';
import { newId, stamped, validate, type Input } from './base';

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
  await db.tasks.update(id, { done: done ? 1 : 0, updatedAt: new Date().toISOString() });
}

export async function deleteTask(id: string): Promise<void> {
  await db.tasks.delete(id);
}

/** Every task by due date; open ones only unless `includeDone`. */
export function listTasks(includeDone = false): Promise<Task[]> {
  if (!includeDone) return db.tasks.where('[done+due]').between([0, Dexie.minKey], [0, Dexie.maxKey]).toArray();
  return db.tasks.orderBy('due').toArray();
}

/** Open tasks due on or before `date` (overdue ones included), by due date, through the [done+due] index. */
export function openTasksDueBy(date: string): Promise<Task[]> {
  return db.tasks.where('[done+due]').between([0, Dexie.minKey], [0, date], true, true).toArray();
}

export function tasksOfEvent(eventId: string): Promise<Task[]> {
  return db.tasks.where('eventId').equals(eventId).sortBy('due');
}
