import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/export/csv';
import { IMPORT_COLUMNS, validateImport, type ImportContext } from '../../../shared/exchanges/importCsv';
import type { WorkerReply } from '../../../renderer/features/exchanges/csvBackground';
import { participantCsvWork } from '../../../renderer/features/exchanges/csvWork';
import { readCsvWhole } from '../../helpers/readCsvWhole';

const context: ImportContext = {
  eventId: 'camp',
  occurrence: '2027-07-10',
  firstDay: '2027-07-10',
  columnNames: Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, []])) as unknown as ImportContext['columnNames'],
  roleNames: { participant: ['uczestnik'], chaperone: ['opiekun'], leader: ['kierownik'] },
  towns: [{ ref: 'home', name: 'Swarzędz' }],
};
const HEADER = 'lastName;firstName;birthDate;role;sendingTown;guardianName;guardianPhone';
const bytes = (lines: string[], header = HEADER) => new TextEncoder().encode([header, ...lines].join('\r\n'));

async function run(data: Uint8Array, kind: 'check' | 'drafts' = 'check') {
  const replies: WorkerReply[] = [];
  await participantCsvWork({ kind, bytes: data, context }, (reply) => replies.push(reply));
  const rows = replies.flatMap((r) => (r.type === 'rows' ? r.rows : []));
  const drafts = replies.flatMap((r) => (r.type === 'drafts' ? r.drafts : []));
  const end = replies.at(-1);
  if (end?.type !== 'done') throw new Error('the work never finished');
  return { replies, rows, drafts, end };
}

/** 9,000 lines (over one slice of bytes), one with a day that does not exist. */
const big = Array.from({ length: 9000 }, (_, i) =>
  i === 700 ? 'Nowak;Ewa;31.02.2012;uczestnik;Swarzędz;;' : `Nowak${i};Anna;1990-01-01;opiekun;Swarzędz;;`,
);

describe('the participant CSV check as background work', () => {
  it('finds the errors a whole-file check finds, and shows each line by whom it is about', async () => {
    const data = bytes(big);
    const { replies, rows, end } = await run(data);
    const whole = validateImport(readCsvWhole(decodeText(data)), context);
    if (whole.ok) throw new Error('the bad line was not found');
    expect(end).toEqual({ type: 'done', ok: false, errors: whole.errors });
    expect(end.errors).toEqual([{ line: 702, column: 'birthDate', code: 'date' }]);
    expect(rows).toHaveLength(9000);
    expect(rows[0]).toEqual({
      line: 2,
      name: 'Nowak0 Anna',
      birthDate: '1990-01-01',
      role: 'chaperone',
      sendingTown: 'home',
    });
    expect(rows[700]).toEqual({ line: 702, name: 'Nowak Ewa' });
    const progress = replies.flatMap((r) => (r.type === 'progress' ? [r.progress] : []));
    expect(progress[0]).toEqual({ rows: 0, read: 0, size: data.length });
    expect(progress.at(-1)).toEqual({ rows: 9000, read: data.length, size: data.length });
    expect(replies.flatMap((r) => (r.type === 'rows' ? [r.rows.length] : []))).toEqual(Array<number>(36).fill(250));
  });

  it('builds for Save the drafts a whole-file check gives a good file', async () => {
    const good = big.map((line, i) =>
      i === 700 ? 'Nowak;Ewa;28.02.2012;uczestnik;Swarzędz;Jan Nowak;+48 600 100 200' : line,
    );
    const data = bytes(good);
    const whole = validateImport(readCsvWhole(decodeText(data)), context);
    if (!whole.ok) throw new Error('the good file was refused');
    const check = await run(data);
    expect(check.end).toEqual({ type: 'done', ok: true, errors: [] });
    const save = await run(data, 'drafts');
    expect(save.drafts).toEqual(whole.drafts);
    expect(save.rows).toEqual([]);
  });

  it('gives no drafts for Save when a line fails', async () => {
    const save = await run(bytes(big), 'drafts');
    expect(save.end.ok).toBe(false);
  });

  it('names the header’s missing columns, with each line’s name still shown, and a file without rows', async () => {
    const missing = await run(bytes(['Lis;Olga;1985-04-12'], 'lastName;firstName;birthDate'));
    expect(missing.end.errors).toEqual([
      { line: 1, column: 'role', code: 'columnMissing' },
      { line: 1, column: 'sendingTown', code: 'columnMissing' },
    ]);
    expect(missing.rows).toEqual([{ line: 2, name: 'Lis Olga' }]);
    expect((await run(bytes([]))).end).toEqual({ type: 'done', ok: false, errors: [{ line: 1, code: 'noRows' }] });
    expect((await run(new Uint8Array())).end.errors.map((e) => e.column)).toEqual([
      'lastName',
      'firstName',
      'birthDate',
      'role',
      'sendingTown',
    ]);
  });
});
