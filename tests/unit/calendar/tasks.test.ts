// Tasks repository: deadlines worked out before an event's start, and the titles of the records tasks are tied to.
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteEvent, saveEvent, type EventInput } from '../../../renderer/db/repositories/events';
import { dayBefore, dueBeforeEvent, getTask, linkedTitles, saveTask } from '../../../renderer/db/repositories/tasks';
import { saveVisit } from '../../../renderer/db/repositories/visits';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { freshDatabase } from '../../helpers/db';

const camp: EventInput = {
  title: 'Obóz młodzieżowy',
  kind: 'other',
  allDay: true,
  start: '2027-07-12',
  end: '2027-07-24',
  host: 'home',
  status: 'planned',
};

beforeEach(async () => {
  await freshDatabase();
});

describe('dayBefore', () => {
  it('counts days and weeks back across month, year and daylight-saving boundaries', () => {
    expect(dayBefore('2027-07-12', 6, 'weeks')).toBe('2027-05-31');
    expect(dayBefore('2027-03-02', 3, 'days')).toBe('2027-02-27');
    expect(dayBefore('2028-03-01', 1, 'days')).toBe('2028-02-29');
    expect(dayBefore('2027-01-05', 1, 'weeks')).toBe('2026-12-29');
    // Polish clocks go forward on 28 March 2027: still exactly one calendar week.
    expect(dayBefore('2027-04-01', 1, 'weeks')).toBe('2027-03-25');
    expect(dayBefore('2027-07-12', 0, 'days')).toBe('2027-07-12');
  });

  it('takes the calendar date of a timed start', () => {
    expect(dayBefore('2027-09-10T18:30', 2, 'days')).toBe('2027-09-08');
  });
});

describe('dueBeforeEvent', () => {
  it('works from a single event’s start', async () => {
    const event = await saveEvent(camp);
    expect(await dueBeforeEvent(event.id, 6, 'weeks', '2027-01-10')).toBe('2027-05-31');
    expect(await dueBeforeEvent(event.id, 10, 'days', '2027-01-10')).toBe('2027-07-02');
  });

  it('works from the next occurrence of a yearly series, not its first year', async () => {
    const event = await saveEvent({
      ...camp,
      start: '2019-07-12',
      end: '2019-07-24',
      recurrence: { freq: 'yearly', interval: 1 },
    });
    expect(await dueBeforeEvent(event.id, 6, 'weeks', '2027-01-10')).toBe('2027-05-31');
    // After this year's camp has begun, the next one counts.
    expect(await dueBeforeEvent(event.id, 6, 'weeks', '2027-07-13')).toBe('2028-05-31');
  });

  it('gives nothing for an event that is gone', async () => {
    const event = await saveEvent(camp);
    await deleteEvent(event.id);
    expect(await dueBeforeEvent(event.id, 1, 'weeks', '2027-01-10')).toBeUndefined();
  });

  it('stores a date, so moving the event later leaves the task’s due date as it was', async () => {
    const event = await saveEvent(camp);
    const due = await dueBeforeEvent(event.id, 6, 'weeks', '2027-01-10');
    const task = await saveTask({ title: 'Wysłać zaproszenia', due: due!, eventId: event.id });
    await saveEvent({ ...event, start: '2027-08-02', end: '2027-08-14' });
    expect((await getTask(task.id))?.due).toBe('2027-05-31');
  });
});

describe('linkedTitles', () => {
  it('names the events and visits tasks point to and leaves out deleted ones', async () => {
    const partner = await savePartner({
      name: 'Ronnenberg',
      country: 'DE',
      relationKind: 'partnership',
      status: 'active',
    });
    const event = await saveEvent(camp);
    const gone = await saveEvent({ ...camp, title: 'Usunięte' });
    await deleteEvent(gone.id);
    const visit = await saveVisit({
      direction: 'incoming',
      partnerIds: [partner.id],
      title: 'Delegacja z Ronnenbergu',
      start: '2027-05-03',
      end: '2027-05-05',
      status: 'planned',
    });
    const tasks = await Promise.all([
      saveTask({ title: 'A', due: '2027-05-01', eventId: event.id }),
      saveTask({ title: 'B', due: '2027-05-20', visitId: visit.id, partnerId: partner.id }),
      saveTask({ title: 'C', due: '2027-05-20', visitId: visit.id }),
      saveTask({ title: 'D', due: '2027-05-20', eventId: gone.id }),
    ]);
    const titles = await linkedTitles(tasks);
    expect([...titles.events]).toEqual([[event.id, 'Obóz młodzieżowy']]);
    expect([...titles.visits]).toEqual([[visit.id, 'Delegacja z Ronnenbergu']]);
  });
});
