// Delegation visits: the only writer of the visits table; also gathers everything a visit's dossier needs.
import { visitSchema, type Task, type Visit } from '../../../shared/domain';
import type { DossierData } from '../../../shared/export/dossier';
import { checklistFor, DEFAULT_LOGISTICS, logisticsDefaultsSchema } from '../../../shared/visits/logistics';
import { db } from '../db';
import { newId, stamped, validate, type Input } from './base';
import { defineSetting, homeTownSetting, readSetting } from './settings';
import { todayIso } from '../../app/today';

export type VisitInput = Input<typeof visitSchema>;

/** The office's default checklists for new incoming and outgoing visits. */
export const logisticsDefaultsSetting = defineSetting(
  'visits.logisticsDefaults',
  logisticsDefaultsSchema,
  DEFAULT_LOGISTICS,
);

/** Newest first. */
export function listVisits(): Promise<Visit[]> {
  return db.visits.orderBy('start').reverse().toArray();
}

export function getVisit(id: string): Promise<Visit | undefined> {
  return db.visits.get(id);
}

export async function saveVisit(input: VisitInput): Promise<Visit> {
  const record = validate(visitSchema, stamped({ ...input, id: input.id ?? newId() }));
  await db.visits.put(record);
  return record;
}

/** A new visit starts with the office's default checklist for its direction. */
export async function createVisit(input: Omit<VisitInput, 'id' | 'logistics'>): Promise<Visit> {
  const defaults = await readSetting(logisticsDefaultsSetting);
  return saveVisit({ ...input, logistics: checklistFor(input.direction, defaults, newId) });
}

/**
 * Changes one visit in a read-modify-write transaction, so two sections saved close together never
 * overwrite each other's work. Throws (and stores nothing) when the result fails the schema.
 */
export async function updateVisit(id: string, change: (visit: Visit) => Visit): Promise<Visit> {
  return db.transaction('rw', db.visits, async () => {
    const current = await db.visits.get(id);
    if (!current) throw new Error(`No visit ${id}`);
    const record = validate(visitSchema, stamped(change(current)));
    await db.visits.put(record);
    return record;
  });
}

/** Removes the visit and its follow-up tasks; its gifts stay in the register, no longer tied to it. */
export async function deleteVisit(id: string): Promise<void> {
  await db.transaction('rw', [db.visits, db.tasks, db.gifts], async () => {
    await db.tasks.where('visitId').equals(id).delete();
    await db.gifts
      .where('visitId')
      .equals(id)
      .modify((g) => {
        delete g.visitId;
      });
    await db.visits.delete(id);
  });
}

/** The visit's follow-up tasks, by due date. */
export function followUpsOfVisit(visitId: string): Promise<Task[]> {
  return db.tasks.where('visitId').equals(visitId).sortBy('due');
}

/**
 * Everything the dossier shows: partners, contacts, history with them, the visit's own gifts apart from those
 * exchanged before it (dated before its start), follow-ups.
 */
export async function gatherDossierData(visitId: string, today = todayIso()): Promise<DossierData> {
  return db.transaction(
    'r',
    [db.visits, db.partners, db.contacts, db.events, db.gifts, db.tasks, db.settings],
    async () => {
      const visit = await db.visits.get(visitId);
      if (!visit) throw new Error(`No visit ${visitId}`);
      const ids = visit.partnerIds;
      const [partners, contacts, events, hosted, visits, gifts, tasks, homeTown] = await Promise.all([
        db.partners.bulkGet(ids),
        db.contacts.where('partnerId').anyOf(ids).toArray(),
        db.events.where('partnerIds').anyOf(ids).distinct().toArray(),
        db.events.where('host').anyOf(ids).toArray(),
        db.visits.where('partnerIds').anyOf(ids).distinct().toArray(),
        db.gifts.where('partnerId').anyOf(ids).toArray(),
        db.tasks.where('visitId').equals(visitId).toArray(),
        readSetting(homeTownSetting),
      ]);
      const eventById = new Map([...events, ...hosted].map((e) => [e.id, e]));
      return {
        visit,
        partners: partners.filter((p) => p !== undefined),
        contacts,
        homeTown,
        history: { events: [...eventById.values()], visits: visits.filter((v) => v.id !== visitId) },
        gifts: gifts.filter((g) => g.visitId !== visitId && g.date < visit.start),
        visitGifts: gifts.filter((g) => g.visitId === visitId),
        tasks,
        today,
      };
    },
  );
}
