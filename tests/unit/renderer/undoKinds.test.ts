// Undo of the deletes not covered elsewhere: an event (its tasks linked again), a gift, a room and a participant.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { recordUndo } from '../../../renderer/db/undo';
import { deleteEvent, saveEvent } from '../../../renderer/db/repositories/events';
import { deleteGift, saveGift } from '../../../renderer/db/repositories/gifts';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { assignRoom, deleteParticipant, importParticipants } from '../../../renderer/db/repositories/participants';
import { deleteRoom, saveRoom } from '../../../renderer/db/repositories/rooms';
import { saveTask } from '../../../renderer/db/repositories/tasks';
import { freshDatabase } from '../../helpers/db';

beforeEach(freshDatabase);
afterEach(() => db.close());

async function camp() {
  return saveEvent({
    title: 'Obóz',
    kind: 'youthCamp',
    allDay: true,
    start: '2027-07-10',
    end: '2027-07-20',
    host: 'home',
    status: 'planned',
  });
}

describe('undo of a delete, per kind', () => {
  it('an event: the event returns and its tasks are linked to it again', async () => {
    const event = await camp();
    const task = await saveTask({ title: 'Autokar', due: '2027-06-01', eventId: event.id });
    const undo = await recordUndo(() => deleteEvent(event.id));
    expect(await db.events.count()).toBe(0);
    expect((await db.tasks.get(task.id))?.eventId).toBeUndefined();
    await undo.run();
    expect(await db.events.get(event.id)).toEqual(event);
    expect(await db.tasks.get(task.id)).toEqual(task);
  });

  it('a gift', async () => {
    const partner = await savePartner({
      name: 'Duclair',
      country: 'FR',
      relationKind: 'partnership',
      status: 'active',
    });
    const gift = await saveGift({
      partnerId: partner.id,
      direction: 'given',
      description: 'Album',
      date: '2027-05-12',
    });
    const undo = await recordUndo(() => deleteGift(gift.id));
    expect(await db.gifts.count()).toBe(0);
    await undo.run();
    expect(await db.gifts.get(gift.id)).toEqual(gift);
  });

  it('a room: the room returns and its occupants are in it again; a participant returns whole', async () => {
    const event = await camp();
    await importParticipants([
      {
        eventId: event.id,
        occurrence: '2027-07-10',
        firstName: 'Anna',
        lastName: 'Kowalska',
        birthDate: '1990-01-01',
        birthYear: 1990,
        role: 'chaperone',
        sendingTown: 'home',
        status: 'confirmed',
        consents: {},
      },
    ]);
    const room = await saveRoom({ eventId: event.id, occurrence: '2027-07-10', name: '101', capacity: 2 });
    const [anna] = await db.participants.toArray();
    await assignRoom(anna!.id, room.id);
    const assigned = await db.participants.get(anna!.id);
    const undoRoom = await recordUndo(() => deleteRoom(room.id));
    expect((await db.participants.get(anna!.id))?.roomId).toBeUndefined();
    await undoRoom.run();
    expect(await db.rooms.get(room.id)).toEqual(room);
    expect(await db.participants.get(anna!.id)).toEqual(assigned);

    const undoPerson = await recordUndo(() => deleteParticipant(anna!.id));
    expect(await db.participants.count()).toBe(0);
    await undoPerson.run();
    expect(await db.participants.get(anna!.id)).toEqual(assigned);
  });
});
