import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { listRooms, RoomNameTakenError, saveRoom } from '../../../renderer/db/repositories/rooms';
import { freshDatabase } from '../../helpers/db';

beforeEach(freshDatabase);
afterEach(() => db.close());

const EVENT = '00000000-0000-4000-8000-000000000001';
const at = (occurrence: string, name: string, capacity = 2) => ({ eventId: EVENT, occurrence, name, capacity });

describe('rooms of a camp edition', () => {
  it('refuses a second room with the same name in one edition, whatever its spacing or case', async () => {
    await saveRoom(at('2027-07-10', 'Sala A'));
    await expect(saveRoom(at('2027-07-10', '  sala   a '))).rejects.toBeInstanceOf(RoomNameTakenError);
    await expect(saveRoom(at('2027-07-10', 'Sala A', 4))).rejects.toMatchObject({ roomName: 'Sala A' });
    // Another edition of the same camp may use the name again.
    await saveRoom(at('2028-07-10', 'Sala A'));
    expect((await db.rooms.toArray()).map((r) => `${r.occurrence} ${r.name}`).sort()).toEqual([
      '2027-07-10 Sala A',
      '2028-07-10 Sala A',
    ]);
  });

  it('renames and resizes a room in place, keeping its id and creation time', async () => {
    const a = await saveRoom(at('2027-07-10', '101'));
    const b = await saveRoom(at('2027-07-10', '102'));
    const renamed = await saveRoom({ ...a, name: 'Poddasze', capacity: 5 });
    expect(renamed).toMatchObject({ id: a.id, createdAt: a.createdAt, name: 'Poddasze', capacity: 5 });
    // A room keeps its own name when only its beds or the case of its name change.
    await saveRoom({ ...b, name: '102', capacity: 1 });
    await saveRoom({ ...renamed, name: 'poddasze' });
    await expect(saveRoom({ ...renamed, name: '102' })).rejects.toBeInstanceOf(RoomNameTakenError);
    expect((await listRooms(EVENT, '2027-07-10')).map((r) => [r.id, r.name, r.capacity])).toEqual([
      [b.id, '102', 1],
      [a.id, 'poddasze', 5],
    ]);
  });
});
