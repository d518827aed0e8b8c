// The ICS import's work over a file's bytes, as the dialog's worker does it: the preview's rows, then Save's second
// reading, which must give the very events the rows showed, whole, at the positions the user ticked.
import { describe, expect, it } from 'vitest';
import { readIcsFile } from '../../../shared/export/icsRead';
import type { IcsRun, WorkerReply } from '../../../renderer/features/calendar/icsBackground';
import { icsRowsCollector, postedRow, type IcsRowsResult } from '../../../renderer/features/calendar/icsRows';
import { icsFileWork } from '../../../renderer/features/calendar/icsWork';
import { crlf, outlookExport } from '../../fixtures/ics/partnerFiles';

const TODAY = '2026-11-26';

/** A series whose changed occurrence comes after another event: the series is completed at the end of the read. */
const seriesChangedLater = crlf([
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'UID:rat@ronnenberg.de',
  'SUMMARY:Partnerschaftsrat',
  'DESCRIPTION:Im Rathaus',
  'DTSTART;TZID=Europe/Warsaw:20270301T090000',
  'DTEND;TZID=Europe/Warsaw:20270301T110000',
  'RRULE:FREQ=MONTHLY;COUNT=4',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:fest-2027@ronnenberg.de',
  'SUMMARY:Stadtfest',
  'LOCATION:Marktplatz',
  'DTSTART;VALUE=DATE:20270820',
  'DTEND;VALUE=DATE:20270823',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:rat@ronnenberg.de',
  'RECURRENCE-ID;TZID=Europe/Warsaw:20270401T090000',
  'SUMMARY:Partnerschaftsrat (online)',
  'DTSTART;TZID=Europe/Warsaw:20270401T090000',
  'DTEND;TZID=Europe/Warsaw:20270401T110000',
  'END:VEVENT',
  'END:VCALENDAR',
]);

async function replies(text: string, run: IcsRun): Promise<WorkerReply[]> {
  const posted: WorkerReply[] = [];
  await icsFileWork({ ...run, bytes: new TextEncoder().encode(text) }, (reply) => posted.push(reply));
  return posted;
}

async function preview(text: string): Promise<Extract<IcsRowsResult, { ok: true }>> {
  const collect = icsRowsCollector();
  let result: IcsRowsResult | undefined;
  for (const reply of await replies(text, { kind: 'preview', today: TODAY }))
    if (reply.type !== 'progress' && reply.type !== 'picked' && reply.type !== 'pickedEnd')
      result = collect(reply) ?? result;
  if (!result?.ok) throw new Error('not previewed');
  return result;
}

async function picked(text: string, picks: number[]) {
  const posted = await replies(text, { kind: 'picked', today: TODAY, picks });
  return {
    events: posted.flatMap((r) => (r.type === 'picked' ? r.events : [])),
    end: posted.at(-1),
  };
}

describe('the ICS import work', () => {
  it.each([
    ['an Exchange export with broken parts', outlookExport()],
    ['a series changed later in the file', seriesChangedLater],
  ])('reads for Save, in %s, the very events the preview showed, whole', async (_, text) => {
    const { preview: shown, uids } = await preview(text);
    const all = shown.rows.map((_, i) => i);
    const { events, end } = await picked(text, all);
    expect(end).toEqual({ type: 'pickedEnd', ok: true });
    expect(events).toEqual(readIcsFile(text, { today: TODAY }).events);
    expect(events.map(postedRow)).toEqual(shown.rows.map((row, i) => ({ ...row, uid: uids[i] })));
  });

  it('gives only the events ticked, in file order, the series with its change', async () => {
    const { preview: shown } = await preview(seriesChangedLater);
    expect(shown.rows.map((r) => [r.title, r.exceptions])).toEqual([
      ['Partnerschaftsrat', 1],
      ['Stadtfest', 0],
    ]);
    const { events } = await picked(seriesChangedLater, [0]);
    expect(events.map((e) => [e.title, e.description, e.exceptions.length])).toEqual([
      ['Partnerschaftsrat', 'Im Rathaus', 1],
    ]);
  });

  it('says so when the file does not give an event ticked', async () => {
    const { events, end } = await picked(seriesChangedLater, [1, 5]);
    expect(events).toEqual([]);
    expect(end).toEqual({ type: 'pickedEnd', ok: false });
  });
});
