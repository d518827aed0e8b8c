// Participants of youth camps (one occurrence of a camp series each), their towns, the exchange
// settings, and what is stored about one person: the only writer of the participants table.
import { z } from 'zod';
import {
  HOME,
  participantSchema,
  type CalendarEvent,
  type Participant,
  type Room,
  type TownRef,
} from '../../../shared/domain';
import { DEFAULT_MINORS_PER_ADULT } from '../../../shared/exchanges/readiness';
import { DEFAULT_RETENTION, retentionSchema, type RetentionCamp } from '../../../shared/exchanges/retention';
import { findOccurrence, listOccurrences, type Occurrence } from '../../../shared/exchanges/occurrences';
import type { ParticipantDraft } from '../../../shared/exchanges/importCsv';
import type { Town } from '../../../shared/exchanges/lists';
import { fold } from '../../../shared/text/fold';
import { editionEnd } from '../../../shared/summaries/camps';
import { db } from '../db';
import { newId, nowIso, stamped, validate, type Input } from './base';
import { defineSetting, homeTownSetting, readSetting } from './settings';

export type ParticipantInput = Input<typeof participantSchema>;

/** Minors per adult (chaperone or leader) from each sending town. */
export const minorsPerAdultSetting = defineSetting(
  'exchanges.minorsPerAdult',
  z.number().int().min(1).max(50),
  DEFAULT_MINORS_PER_ADULT,
);
/** Years after a camp's end before its participants are anonymised, per record kind. */
export const retentionSetting = defineSetting('exchanges.retention', retentionSchema, DEFAULT_RETENTION);

/** Events that hold participants: youth camps and exchanges. */
export function listCamps(): Promise<CalendarEvent[]> {
  return db.events.where('kind').equals('youthCamp').sortBy('start');
}

export async function getCampOccurrence(
  eventId: string,
  occurrence: string,
): Promise<{ event: CalendarEvent; occurrence: Occurrence } | null> {
  const event = await db.events.get(eventId);
  const found = event ? findOccurrence(event, occurrence) : undefined;
  return event && found ? { event, occurrence: found } : null;
}

export function listParticipants(eventId: string, occurrence: string): Promise<Participant[]> {
  return db.participants.where('[eventId+occurrence]').equals([eventId, occurrence]).sortBy('lastName');
}

/** Per occurrence of one camp: how many participants, and how many still identified. */
export async function countByOccurrence(
  eventId: string,
): Promise<Record<string, { total: number; identified: number }>> {
  const counts: Record<string, { total: number; identified: number }> = {};
  await db.participants
    .where('eventId')
    .equals(eventId)
    .each((p) => {
      const c = (counts[p.occurrence] ??= { total: 0, identified: 0 });
      c.total++;
      if (!p.anonymisedAt) c.identified++;
    });
  return counts;
}

export async function saveParticipant(input: ParticipantInput): Promise<Participant> {
  const record = validate(participantSchema, stamped({ ...input, id: input.id ?? newId() }));
  await db.participants.put(record);
  return record;
}

/** Deletes one participant (entered by mistake); anonymisation and erasure have their own way. */
export async function deleteParticipant(id: string): Promise<void> {
  await db.participants.delete(id);
}

/** Stores every draft or none of them. */
export async function importParticipants(drafts: readonly ParticipantDraft[]): Promise<number> {
  const records = drafts.map((d) => {
    const withId: ParticipantInput = { ...d, id: newId() };
    return validate(participantSchema, stamped(withId));
  });
  await db.transaction('rw', db.participants, async () => {
    await db.participants.bulkAdd(records);
  });
  return records.length;
}

/** Puts a participant in a room, or takes them out of any with `undefined`. */
export async function assignRoom(participantId: string, roomId: string | undefined): Promise<void> {
  await assignRooms([participantId], roomId);
}

/** Puts several participants in one room (or out of any) together: all of them or, on a failure, none. */
export async function assignRooms(participantIds: readonly string[], roomId: string | undefined): Promise<void> {
  await db.transaction('rw', db.participants, async () => {
    const found = await db.participants.bulkGet([...participantIds]);
    const updatedAt = nowIso();
    const changed = found.flatMap((p) => {
      if (!p) return [];
      const { roomId: _old, ...rest } = p;
      return [validate(participantSchema, { ...rest, ...(roomId ? { roomId } : {}), updatedAt })];
    });
    await db.participants.bulkPut(changed);
  });
}

export interface TownOption extends Town {
  ref: TownRef;
}

/** The home gmina first, then the partner towns by name: where participants come from. */
export async function listTowns(): Promise<TownOption[]> {
  const home = await readSetting(homeTownSetting);
  const partners = await db.partners.orderBy('name').toArray();
  return [
    { ref: HOME, name: home.name, country: home.country },
    ...partners.map((p) => ({ ref: p.id, name: p.name, country: p.country })),
  ];
}

/** Camp occurrences holding participants, with their titles and end dates, for the retention list. */
export async function listRetentionCamps(): Promise<RetentionCamp[]> {
  const groups = (await db.campCounts.toArray())
    .filter((c) => c.total > 0)
    .map(({ eventId, occurrence, identified }) => ({ eventId, occurrence, identified }));
  const events = new Map(
    (await db.events.bulkGet([...new Set(groups.map((g) => g.eventId))]))
      .filter((e) => e !== undefined)
      .map((e) => [e.id, e]),
  );
  return groups.flatMap((g) => {
    const event = events.get(g.eventId);
    const occ = event ? findOccurrence(event, g.occurrence) : undefined;
    // A camp deleted from the calendar still holds people: its end is taken as the occurrence day.
    return [{ ...g, title: occ?.title ?? event?.title ?? '?', end: occ?.end ?? g.occurrence }];
  });
}

/**
 * The dashboard's question, what could be due: editions begun by `startedBy` that still hold flagged
 * records, with their last day. Read from the per-edition summaries alone (O(camps)); only a row written
 * before the summaries kept the last day asks its camp.
 */
export async function listRetentionEnds(startedBy: string): Promise<Omit<RetentionCamp, 'title'>[]> {
  const counts = (await db.campCounts.toArray()).filter((c) => c.flagged > 0 && c.occurrence <= startedBy);
  const endless = counts.filter((c) => c.end === undefined);
  const events = await db.events.bulkGet([...new Set(endless.map((c) => c.eventId))]);
  const byId = new Map(events.flatMap((e) => (e ? [[e.id, e] as const] : [])));
  return counts.map(({ eventId, occurrence, identified, end }) => ({
    eventId,
    occurrence,
    identified,
    end: end ?? editionEnd(byId.get(eventId), occurrence),
  }));
}

export interface PersonRecord {
  participant: Participant;
  event?: CalendarEvent;
  occurrence?: Occurrence;
  room?: Room;
  sendingTown: Town;
}

/** Everything stored about one participant record, for their access request (JSON and a readable page). */
export async function getPersonRecord(id: string): Promise<PersonRecord | null> {
  const participant = await db.participants.get(id);
  return participant ? (await withContext([participant]))[0]! : null;
}

async function withContext(participants: readonly Participant[]): Promise<PersonRecord[]> {
  const [events, rooms, towns] = await Promise.all([
    db.events.bulkGet([...new Set(participants.map((p) => p.eventId))]),
    db.rooms.bulkGet(participants.flatMap((p) => (p.roomId ? [p.roomId] : []))),
    listTowns(),
  ]);
  return participants.map((participant) => {
    const event = events.find((e) => e?.id === participant.eventId);
    const occurrence = event ? findOccurrence(event, participant.occurrence) : undefined;
    const room = participant.roomId ? rooms.find((r) => r?.id === participant.roomId) : undefined;
    const town = towns.find((t) => t.ref === participant.sendingTown);
    return {
      participant,
      event,
      occurrence,
      room,
      sendingTown: town
        ? { name: town.name, country: town.country }
        : { name: participant.sendingTown === undefined ? '—' : '?', country: '' },
    };
  });
}

/** Who a record is about: first and last name folded (case and diacritics ignored) and the exact birth date. */
const personKey = (p: Participant) =>
  p.birthDate && !p.anonymisedAt ? `${fold(p.firstName.trim())}|${fold(p.lastName.trim())}|${p.birthDate}` : null;

export interface PersonRecords {
  /** The record the person page was opened on. */
  record: PersonRecord;
  /** Every record of the same person (the opened one included), oldest camp first. */
  all: PersonRecord[];
}

/**
 * Everything stored about the person of one record: every participant record with the same first
 * name, last name and birth date (a child who came in 2019 and 2021 has two). Anonymised records and
 * records without a full birth date match only themselves.
 */
export async function getPersonRecords(id: string): Promise<PersonRecords | null> {
  const participant = await db.participants.get(id);
  if (!participant) return null;
  const key = personKey(participant);
  const same =
    key === null ? [participant] : await db.participants.filter((p) => p.id === id || personKey(p) === key).toArray();
  same.sort((a, b) => a.occurrence.localeCompare(b.occurrence) || a.id.localeCompare(b.id));
  const all = await withContext(same);
  return { record: all.find((r) => r.participant.id === id)!, all };
}

export interface UpcomingCamp {
  event: CalendarEvent;
  occurrence: Occurrence;
  participants: Participant[];
  rooms: Room[];
}

/** Each camp's next edition not yet over (within a year), with its people and rooms: the dashboard's view. */
export async function listUpcomingCamps(today: string): Promise<UpcomingCamp[]> {
  const horizon = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  // Only camps not over yet: single ones ending from today on (the `end` index) and the few series, never
  // every camp the office ever held.
  const [ahead, series] = await Promise.all([
    db.events.where('end').aboveOrEqual(today).toArray(),
    db.events.where('series').equals(1).toArray(),
  ]);
  const camps = [...ahead.filter((e) => e.series === 0), ...series]
    .filter((e) => e.kind === 'youthCamp')
    .sort((a, b) => a.start.localeCompare(b.start));
  const next = camps.flatMap((event) => {
    const occurrence = listOccurrences(event, horizon).find((o) => o.end >= today && !o.cancelled);
    return occurrence ? [{ event, occurrence }] : [];
  });
  return Promise.all(
    next.map(async ({ event, occurrence }) => ({
      event,
      occurrence,
      participants: await listParticipants(event.id, occurrence.key),
      rooms: await db.rooms.where('[eventId+occurrence]').equals([event.id, occurrence.key]).toArray(),
    })),
  );
}
