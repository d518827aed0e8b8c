import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeIcs } from '../../../shared/export/ics';
import { readIcs } from '../../../shared/export/icsRead';
import { allEvents, eventsForIcsUids, importEvents, saveEvent } from '../../../renderer/db/repositories/events';
import { toInput } from '../../../renderer/features/calendar/icsImport';
import { freshDatabase } from '../../helpers/db';

const now = new Date('2026-11-26T10:00:00Z');

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
  'UID:rat\\, 2027\\; Ronnenberg',
  'DTSTAMP:20260101T000000Z',
  'SUMMARY:Partnerschaftsrat',
  'DTSTART;TZID=Europe/Warsaw:20270301T090000',
  'DTEND;TZID=Europe/Warsaw:20270301T110000',
  'RRULE:FREQ=MONTHLY;COUNT=4',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:rat\\, 2027\\; Ronnenberg',
  'DTSTAMP:20260101T000000Z',
  'RECURRENCE-ID;TZID=Europe/Warsaw:20270401T090000',
  'SUMMARY:Partnerschaftsrat (online)',
  'DTSTART;TZID=Europe/Warsaw:20270401T090000',
  'DTEND;TZID=Europe/Warsaw:20270401T110000',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

/** Every VEVENT of an ICS text as read by ical.js (Thunderbird's parser): UID, summary and RECURRENCE-ID. */
function veventsOf(text: string) {
  const root = new ICAL.Component(ICAL.parse(text) as ConstructorParameters<typeof ICAL.Component>[0]);
  return root.getAllSubcomponents('vevent').map((c) => ({
    uid: c.getFirstPropertyValue('uid'),
    summary: c.getFirstPropertyValue('summary'),
    changed: c.hasProperty('recurrence-id'),
  }));
}

async function importFile(text: string) {
  return importEvents(readIcs(text).map((e) => toInput(e, 'other', [], '(bez tytułu)')));
}

beforeEach(async () => {
  await freshDatabase();
});

describe('UIDs of exported events', () => {
  it('writes the original UID of an imported event, its changed occurrence included, so the source calendar sees the same events', async () => {
    await importFile(partnerFile);
    const text = writeIcs(await allEvents(), { now });
    expect(veventsOf(text)).toEqual([
      { uid: 'rat, 2027; Ronnenberg', summary: 'Partnerschaftsrat', changed: false },
      { uid: 'rat, 2027; Ronnenberg', summary: 'Partnerschaftsrat (online)', changed: true },
      { uid: 'fest-2027@ronnenberg.de', summary: 'Stadtfest', changed: false },
    ]);
    expect(readIcs(text).map((e) => e.uid)).toEqual(['rat, 2027; Ronnenberg', 'fest-2027@ronnenberg.de']);
  });

  it('gives an event made in the app its own UID', async () => {
    const camp = await saveEvent({
      title: 'Obóz w Duclair',
      kind: 'youthCamp',
      allDay: true,
      start: '2027-07-10',
      end: '2027-07-20',
      host: 'home',
      status: 'planned',
    });
    expect(veventsOf(writeIcs([camp], { now }))).toEqual([
      { uid: `${camp.id}@twinning-desk`, summary: 'Obóz w Duclair', changed: false },
    ]);
  });

  it('still recognises the exported events when the same file is imported back', async () => {
    const imported = await importFile(partnerFile);
    const own = await saveEvent({
      title: 'Dni Europy',
      kind: 'europeDays',
      allDay: true,
      start: '2027-05-09',
      end: '2027-05-09',
      host: 'home',
      status: 'planned',
    });
    const read = readIcs(writeIcs(await allEvents(), { now }));
    const found = await eventsForIcsUids(read.map((e) => e.uid!));
    const idOf = (title: string) => [...imported, own].find((e) => e.title === title)!.id;
    expect(read.map((e) => [e.title, found.get(e.uid!)])).toEqual([
      ['Partnerschaftsrat', idOf('Partnerschaftsrat')],
      ['Dni Europy', idOf('Dni Europy')],
      ['Stadtfest', idOf('Stadtfest')],
    ]);
  });

  it('keeps a UID for one event only when two stored events claim it', async () => {
    await importFile(partnerFile);
    await importFile(partnerFile);
    const uids = veventsOf(writeIcs(await allEvents(), { now }))
      .filter((v) => !v.changed)
      .map((v) => v.uid);
    expect(uids).toHaveLength(4);
    expect(new Set(uids).size).toBe(4);
    expect(uids.filter((u) => u === 'fest-2027@ronnenberg.de')).toHaveLength(1);
    expect(uids.filter((u) => typeof u === 'string' && u.endsWith('@twinning-desk'))).toHaveLength(2);
  });
});
