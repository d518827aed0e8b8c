import { describe, expect, it } from 'vitest';
import { decodeText, readCsv } from '../../../shared/export/csv';
import { guessMapping, markDuplicates, parsePartnerRows } from '../../../shared/partners/csvImport';
import type { WorkerReply } from '../../../renderer/features/partners/csvBackground';
import { previewPartnersWork } from '../../../renderer/features/partners/csvWork';
import { buildVocabulary } from '../../../renderer/features/partners/vocabulary';

const vocabulary = buildVocabulary();
const existing = [{ name: 'Gmina 0007', country: 'DE' }];

/** 1,234 lines: every 100th without a name, one repeated line, one town already stored. */
function file(): Uint8Array {
  const lines = Array.from({ length: 1234 }, (_, i) =>
    i % 100 === 50 ? ';FR;Partnerska;Aktywna' : `Gmina ${String(i).padStart(4, '0')};DE;Partnerska;Aktywna`,
  );
  lines.push('Gmina 0001;DE;Partnerska;Aktywna');
  return new TextEncoder().encode(['Nazwa;Kraj;Rodzaj relacji;Status', ...lines].join('\r\n'));
}

async function run(request: Parameters<typeof previewPartnersWork>[0]) {
  const replies: WorkerReply[] = [];
  await previewPartnersWork(request, (reply) => replies.push(reply));
  return replies;
}

describe('the partner CSV preview as background work', () => {
  it('reports the reading, then rows done in slices, then the same rows a direct parse gives', async () => {
    const bytes = file();
    const replies = await run({ bytes, vocabulary, existing });
    const progress = replies.flatMap((r) => (r.type === 'progress' ? [[r.done, r.total]] : []));
    expect(progress).toEqual([
      [0, 0],
      [0, 1235],
      [500, 1235],
      [1000, 1235],
      [1235, 1235],
    ]);
    const last = replies.at(-1)!;
    expect(last.type).toBe('done');
    if (last.type !== 'done' || !last.result.ok) throw new Error('no preview');

    const csv = readCsv(decodeText(bytes));
    const mapping = guessMapping(csv.header, vocabulary);
    const direct = markDuplicates(parsePartnerRows(csv, mapping, vocabulary), existing);
    expect(last.result.mapping).toEqual(mapping);
    expect(last.result.header).toEqual(['Nazwa', 'Kraj', 'Rodzaj relacji', 'Status']);
    expect(last.result.headerIssues).toEqual([]);
    expect(last.result.rows.map(({ name: _n, country: _c, ...row }) => row)).toEqual(direct);
    expect(last.result.rows.filter((r) => r.errors.length > 0)).toHaveLength(12);
    expect(last.result.rows.find((r) => r.line === 9)).toMatchObject({ name: 'Gmina 0007', duplicate: 'existing' });
    expect(last.result.rows.at(-1)).toMatchObject({ line: 1236, duplicate: 'file' });
    // A line that failed still shows the name and country the file gives.
    expect(last.result.rows.find((r) => r.line === 52)).toMatchObject({ name: '', country: 'FR' });
  });

  it('builds the preview for the columns chosen, not the guessed ones', async () => {
    const replies = await run({ bytes: file(), vocabulary, existing: [], mapping: { name: 1, country: 1 } });
    const last = replies.at(-1)!;
    if (last.type !== 'done' || !last.result.ok) throw new Error('no preview');
    expect(last.result.mapping).toEqual({ name: 1, country: 1 });
    expect(last.result.rows[0]).toMatchObject({ line: 2, name: 'DE', country: 'DE' });
    expect(last.result.rows[0]!.errors.map((e) => e.column)).toEqual(['relationKind', 'status']);
  });

  it('finishes with an empty preview for a file with only a header', async () => {
    const replies = await run({ bytes: new TextEncoder().encode('Nazwa;Kraj\r\n'), vocabulary, existing: [] });
    expect(replies).toEqual([
      { type: 'progress', done: 0, total: 0 },
      { type: 'progress', done: 0, total: 0 },
      { type: 'progress', done: 0, total: 0 },
      {
        type: 'done',
        result: { ok: true, header: ['Nazwa', 'Kraj'], mapping: { name: 0, country: 1 }, headerIssues: [], rows: [] },
      },
    ]);
  });
});
