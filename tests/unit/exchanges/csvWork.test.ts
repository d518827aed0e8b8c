import { describe, expect, it } from 'vitest';
import { decodeText, readCsv } from '../../../shared/export/csv';
import { IMPORT_COLUMNS, validateImport, type ImportContext } from '../../../shared/exchanges/importCsv';
import type { WorkerReply } from '../../../renderer/features/exchanges/csvBackground';
import { checkParticipantsWork } from '../../../renderer/features/exchanges/csvWork';

const context: ImportContext = {
  eventId: 'camp',
  occurrence: '2027-07-10',
  firstDay: '2027-07-10',
  columnNames: Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, []])) as unknown as ImportContext['columnNames'],
  roleNames: { participant: ['uczestnik'], chaperone: ['opiekun'], leader: ['kierownik'] },
  towns: [{ ref: 'home', name: 'Swarzędz' }],
};
const HEADER = 'lastName;firstName;birthDate;role;sendingTown;guardianName;guardianPhone';
const bytes = (lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join('\r\n'));

async function run(data: Uint8Array) {
  const replies: WorkerReply[] = [];
  await checkParticipantsWork({ bytes: data, context }, (reply) => replies.push(reply));
  return replies;
}

describe('the participant CSV check as background work', () => {
  it('reports the reading, then rows done in slices, then the result a direct check gives', async () => {
    const lines = Array.from({ length: 1100 }, (_, i) =>
      i === 700 ? 'Nowak;Ewa;31.02.2012;uczestnik;Swarzędz;;' : `Nowak${i};Anna;1990-01-01;opiekun;Swarzędz;;`,
    );
    const data = bytes(lines);
    const replies = await run(data);
    expect(replies.flatMap((r) => (r.type === 'progress' ? [[r.done, r.total]] : []))).toEqual([
      [0, 0],
      [0, 1100],
      [500, 1100],
      [1000, 1100],
      [1100, 1100],
    ]);
    const csv = readCsv(decodeText(data));
    expect(replies.at(-1)).toEqual({
      type: 'done',
      preview: { result: validateImport(csv, context), lines: csv.lines },
    });
    const last = replies.at(-1)!;
    if (last.type !== 'done' || last.preview.result.ok) throw new Error('the bad line was not found');
    expect(last.preview.result.errors).toEqual([{ line: 702, column: 'birthDate', code: 'date' }]);
  });

  it('passes a good file as drafts for the camp', async () => {
    const replies = await run(bytes(['Lis;Olga;1985-04-12;kierownik;Swarzędz;;']));
    const last = replies.at(-1)!;
    if (last.type !== 'done' || !last.preview.result.ok) throw new Error('no drafts');
    expect(last.preview.lines).toEqual([2]);
    expect(last.preview.result.drafts).toMatchObject([{ lastName: 'Lis', eventId: 'camp', role: 'leader' }]);
  });
});
