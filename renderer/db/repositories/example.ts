// Loads the example office (with its own Swarzędz profile) into an empty database, and removes it again, all in one transaction each.
import { EXAMPLE_HOME_TOWN, HOME, eventSchema, partnerSchema, taskSchema, visitSchema } from '../../../shared/domain';
import { db } from '../db';
import { newId, validate } from './base';
import { hasHomeTown, homeTownSetting, readSetting } from './settings';
import { countRecords } from './stats';
import { todayIso } from '../../app/today';

/** True while the office has entered nothing: no partner, event or visit. */
export async function isDatabaseEmpty(): Promise<boolean> {
  return Object.values(await countRecords()).every((c) => c === 0);
}

/** True while records made by "Load example data" are in the database (the example always has partners). */
export async function hasExampleData(): Promise<boolean> {
  return (await db.partners.filter((p) => p.example === true).count()) > 0;
}

/** Loads the example office; its Swarzędz profile only where the office has no profile of its own. */
export async function loadExampleData(today = todayIso()): Promise<void> {
  // The example office's records load only when asked for.
  const { buildExampleData } = await import('../../../shared/exampleData');
  const data = buildExampleData(today, newId);
  const partners = data.partners.map((p) => validate(partnerSchema, p));
  const events = data.events.map((e) => validate(eventSchema, e));
  const visits = data.visits.map((v) => validate(visitSchema, v));
  const tasks = data.tasks.map((t) => validate(taskSchema, t));
  await db.transaction('rw', [db.partners, db.events, db.visits, db.tasks, db.settings], async () => {
    await db.partners.bulkPut(partners);
    await db.events.bulkPut(events);
    await db.visits.bulkPut(visits);
    await db.tasks.bulkPut(tasks);
    if (!(await hasHomeTown())) await db.settings.put({ key: homeTownSetting.key, value: EXAMPLE_HOME_TOWN });
  });
}

const TABLES = [
  db.partners,
  db.contacts,
  db.agreements,
  db.attachments,
  db.events,
  db.visits,
  db.tasks,
  db.gifts,
  db.participants,
  db.rooms,
  db.settings,
];

/**
 * Removes every record "Load example data" made, with what was added inside them (contacts and agreements
 * of an example partner, participants and rooms of an example camp, follow-ups of an example visit), and
 * the example profile. The office's own records stay; links from them to example partners are dropped.
 */
export async function removeExampleData(): Promise<void> {
  await db.transaction('rw', TABLES, async () => {
    const visitIds = await db.visits.filter((v) => v.example === true).primaryKeys();
    const partnerIds = await examplePartnersToRemove(new Set(visitIds));
    const eventIds = await db.events.filter((e) => e.example === true).primaryKeys();
    const agreementIds = await db.agreements.where('partnerId').anyOf(partnerIds).primaryKeys();
    await db.attachments
      .where('ownerId')
      .anyOf([...partnerIds, ...agreementIds])
      .delete();
    await db.agreements.where('partnerId').anyOf(partnerIds).delete();
    await db.contacts.where('partnerId').anyOf(partnerIds).delete();
    await db.gifts.where('partnerId').anyOf(partnerIds).delete();
    await db.gifts
      .where('visitId')
      .anyOf(visitIds)
      .modify((g) => void delete g.visitId);
    await db.participants.where('eventId').anyOf(eventIds).delete();
    await db.rooms.where('eventId').anyOf(eventIds).delete();
    await db.tasks.filter((t) => t.example === true).delete();
    await db.tasks.where('visitId').anyOf(visitIds).delete();
    await db.tasks
      .where('eventId')
      .anyOf(eventIds)
      .modify((t) => void delete t.eventId);
    await db.tasks
      .where('partnerId')
      .anyOf(partnerIds)
      .modify((t) => void delete t.partnerId);
    const gone = new Set(partnerIds);
    await db.events
      .where('partnerIds')
      .anyOf(partnerIds)
      .modify((e) => {
        e.partnerIds = e.partnerIds.filter((id) => !gone.has(id));
        if (gone.has(e.host)) e.host = HOME;
      });
    await db.visits
      .where('partnerIds')
      .anyOf(partnerIds)
      .modify((v) => {
        v.partnerIds = v.partnerIds.filter((id) => !gone.has(id));
      });
    await db.events.bulkDelete(eventIds);
    await db.visits.bulkDelete(visitIds);
    await db.partners.bulkDelete(partnerIds);
    if ((await readSetting(homeTownSetting)).example === true) await db.settings.delete(homeTownSetting.key);
  });
}

/**
 * The example partners to remove: all but those an office's own visit has as its only partner (a visit
 * needs one); those stay, no longer marked as examples.
 */
async function examplePartnersToRemove(exampleVisits: ReadonlySet<string>): Promise<string[]> {
  const ids = await db.partners.filter((p) => p.example === true).primaryKeys();
  const kept = new Set<string>();
  await db.visits
    .where('partnerIds')
    .anyOf(ids)
    .each((v) => {
      if (!exampleVisits.has(v.id) && v.partnerIds.every((id) => ids.includes(id))) {
        for (const id of v.partnerIds) kept.add(id);
      }
    });
  if (kept.size > 0)
    await db.partners
      .where('id')
      .anyOf([...kept])
      .modify((p) => void delete p.example);
  return ids.filter((id) => !kept.has(id));
}
