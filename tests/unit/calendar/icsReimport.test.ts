import { beforeEach, describe, expect, it } from 'vitest';
import { writeIcs } from '../../../shared/export/ics';
import { readIcs } from '../../../shared/export/icsRead';
import { allEvents, eventsForIcsUids, importEvents, saveEvent } from '../../../renderer/db/repositories/events';
import { defaultPicks, toInput } from '../../../renderer/features/calendar/icsImport';
import { freshDatabase } from '../../helpers/db';

const partnerFile = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Ronnenberg//DE',
  'BEGIN:VEVENT',
  'UID:fest-2027@ronnenberg.de',
  'DTSTAMP:20260101T000000Z',
  'SUMMARY:Stadtfest',
  'DTSTART;VALUE=DATE:20270820',
  'DTEND;VALUE=DATE:20270823',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:rat@ronnenberg.de',
  'DTSTAMP:20260101T000000Z',
  'SUMMARY:Partnerschaftsrat',
  'DTSTART;TZID=Europe/Warsaw:20270301T090000',
  'DTEND;TZID=Europe/Warsaw:20270301T110000',
  'RRULE:FREQ=MONTHLY;COUNT=4',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:rat@ronnenberg.de',
  'DTSTAMP:20260101T000000Z',
  'RECURRENCE-ID;TZID=Europe/Warsaw:20270401T090000',
  'SUMMARY:Partnerschaftsrat (online)',
  'DTSTART;TZID=Europe/Warsaw:20270401T090000',
  'DTEND;TZID=Europe/Warsaw:20270401T110000',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

/** What the import dialog does: read, look the UIDs up, store the rows ticked by default. */
async function importByDefault(text: string) {
  const events = readIcs(text);
  const existing = await eventsForIcsUids(events.flatMap((e) => (e.uid ? [e.uid] : [])));
  const known = events.map((e) => e.uid !== undefined && existing.has(e.uid));
  const picked = defaultPicks(known);
  await importEvents(events.filter((_, i) => picked.has(i)).map((e) => toInput(e, 'other', [], '(bez tytułu)')));
  return { known, picked };
}

beforeEach(async () => {
  await freshDatabase();
});

describe('importing the same ICS file twice', () => {
  it('stores the events with their UID and changed occurrence the first time, and adds nothing by default the second time', async () => {
    const first = await importByDefault(partnerFile);
    expect(first.known).toEqual([false, false]);
    const stored = await allEvents();
    expect(stored.map((e) => [e.title, e.icsUid])).toEqual([
      ['Partnerschaftsrat', 'rat@ronnenberg.de'],
      ['Stadtfest', 'fest-2027@ronnenberg.de'],
    ]);
    expect(stored[0]!.exceptions).toEqual([{ date: '2027-04-01', title: 'Partnerschaftsrat (online)' }]);

    const second = await importByDefault(partnerFile);
    expect(second.known).toEqual([true, true]);
    expect(second.picked.size).toBe(0);
    expect(await allEvents()).toHaveLength(2);
  });

  it('recognises the events of its own export, so export → import adds nothing by default', async () => {
    const camp = await saveEvent({
      title: 'Obóz w Duclair',
      kind: 'youthCamp',
      allDay: true,
      start: '2027-07-10',
      end: '2027-07-20',
      host: 'home',
      status: 'planned',
      recurrence: { freq: 'yearly', interval: 1 },
    });
    const text = writeIcs([camp], { now: new Date('2026-01-01T00:00:00Z') });
    const { known, picked } = await importByDefault(text);
    expect(known).toEqual([true]);
    expect(picked.size).toBe(0);
    expect(await allEvents()).toEqual([camp]);
  });

  it('recognises an event imported from another Twinning Desk export by its kept UID', async () => {
    const text = writeIcs(
      [
        {
          ...(await saveEvent({
            title: 'Dzień Europy',
            kind: 'europeDays',
            allDay: true,
            start: '2027-05-09',
            end: '2027-05-09',
            host: 'home',
            status: 'planned',
          })),
          id: 'elsewhere',
        },
      ],
      { now: new Date('2026-01-01T00:00:00Z') },
    );
    await freshDatabase();
    expect((await importByDefault(text)).known).toEqual([false]);
    expect((await importByDefault(text)).known).toEqual([true]);
    expect(await allEvents()).toHaveLength(1);
  });
});
