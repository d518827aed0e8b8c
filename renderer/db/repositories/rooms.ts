// Rooms of one camp occurrence: the only writer of the rooms table; room names are unique per edition.
import { roomSchema, type Room } from '../../../shared/domain';
import { db } from '../db';
import { newId, nowIso, stamped, validate, type Input } from './base';

export type RoomInput = Input<typeof roomSchema>;

/** Another room of the same camp edition already has this name (compared trimmed, ignoring case). */
export class RoomNameTakenError extends Error {
  constructor(readonly roomName: string) {
    super(`A room called "${roomName}" already exists in this camp edition`);
    this.name = 'RoomNameTakenError';
  }
}

const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('pl');

/** The room among `rooms` (other than `exceptId`) that has the same name, if any. */
export function roomWithName(rooms: readonly Room[], name: string, exceptId?: string): Room | undefined {
  return rooms.find((r) => r.id !== exceptId && key(r.name) === key(name));
}

export async function listRooms(eventId: string, occurrence: string): Promise<Room[]> {
  const rooms = await db.rooms.where('[eventId+occurrence]').equals([eventId, occurrence]).toArray();
  return rooms.sort((a, b) => a.name.localeCompare(b.name, 'pl', { numeric: true }));
}

/** Adds a room, or renames / resizes one (with `id`); refuses a name another room of the edition has. */
export async function saveRoom(input: RoomInput): Promise<Room> {
  return db.transaction('rw', db.rooms, async () => {
    const existing = input.id ? await db.rooms.get(input.id) : undefined;
    const record = validate(
      roomSchema,
      stamped({ ...input, id: input.id ?? newId(), createdAt: existing?.createdAt ?? input.createdAt }),
    );
    if (roomWithName(await listRooms(record.eventId, record.occurrence), record.name, record.id)) {
      throw new RoomNameTakenError(record.name);
    }
    await db.rooms.put(record);
    return record;
  });
}

/** Removes a room; its occupants stay registered, without a room. */
export async function deleteRoom(id: string): Promise<void> {
  await db.transaction('rw', [db.rooms, db.participants], async () => {
    const at = nowIso();
    await db.participants
      .where('roomId')
      .equals(id)
      .modify((p) => {
        delete p.roomId;
        p.updatedAt = at;
      });
    await db.rooms.delete(id);
  });
}
