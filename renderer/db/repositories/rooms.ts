// Rooms of one camp occurrence: the only writer of the rooms table.
import { roomSchema, type Room } from '../../../shared/domain';
import { db } from '../db';
import { newId, nowIso, stamped, validate, type Input } from './base';

export type RoomInput = Input<typeof roomSchema>;

export async function listRooms(eventId: string, occurrence: string): Promise<Room[]> {
  const rooms = await db.rooms.where('[eventId+occurrence]').equals([eventId, occurrence]).toArray();
  return rooms.sort((a, b) => a.name.localeCompare(b.name, 'pl', { numeric: true }));
}

export async function saveRoom(input: RoomInput): Promise<Room> {
  const record = validate(roomSchema, stamped({ ...input, id: input.id ?? newId() }));
  await db.rooms.put(record);
  return record;
}

/** Removes a room; its occupants stay registered, without a room. */
export async function deleteRoom(id: string): Promise<void> {
  await db.transaction('rw', [db.rooms, db.participants], async () => {
    const at = nowIso();
    await db.participants.where('roomId').equals(id).modify((p) => {
      delete p.roomId;
      p.updatedAt = at;
    });
    await db.rooms.delete(id);
  });
}
