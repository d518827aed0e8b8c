// Loads the example office into an empty database, all in one transaction.
import { format } from 'date-fns';
import { eventSchema, partnerSchema, taskSchema, visitSchema } from '../../../shared/domain';
import { buildExampleData } from '../../../shared/exampleData';
import { db } from '../db';
import { newId, validate } from './base';
import { countRecords } from './stats';

/** True while the office has entered nothing: no partner, event or visit. */
export async function isDatabaseEmpty(): Promise<boolean> {
  return Object.values(await countRecords()).every((c) => c === 0);
}

export async function loadExampleData(today = format(new Date(), 'yyyy-MM-dd')): Promise<void> {
  const data = buildExampleData(today, newId);
  const partners = data.partners.map((p) => validate(partnerSchema, p));
  const events = data.events.map((e) => validate(eventSchema, e));
  const visits = data.visits.map((v) => validate(visitSchema, v));
  const tasks = data.tasks.map((t) => validate(taskSchema, t));
  await db.transaction('rw', [db.partners, db.events, db.visits, db.tasks], async () => {
    await db.partners.bulkPut(partners);
    await db.events.bulkPut(events);
    await db.visits.bulkPut(visits);
    await db.tasks.bulkPut(tasks);
  });
}
