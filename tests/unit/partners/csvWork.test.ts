import { describe, expect, it } from 'vitest';
import { decodeText, readCsv } from '../../../shared/export/csv';
import { guessMapping, markDuplicates, parsePartnerRows } from '../../../shared/partners/csvImport';
import {
  previewReceiver,
  type PartnerPreview,
  type WorkerReply,
} from '../../../renderer/features/partners/csvBackground';
import { previewPartnersWork } from '../../../renderer/features/partners/csvWork';
import { buildVocabulary } from '../../../renderer/features/partners/vocabulary';

const vocabulary = buildVocabulary();
const existing = [{ name: 'Gmina 0007', country: 'DE' }];

/** 2,401 lines: every 100th without a name, one repeated line, one town already stored. */
function file(): Uint8Array {
  const lines = Array.from({ length: 2400 }, (_, i) =>
    i % 100 === 50 ? ';FR;Partnerska;Aktywna' : `Gmina ${String(i).padStart(4, '0')};DE;Partnerska;Aktywna`,
  );
  lines.push('Gmina 0001;DE;Partnerska;Aktywna');
  return new TextEncoder().encode(['Nazwa;Kraj;Rodzaj relacji;Status', ...lines].join('\r\n'));
}

/** Runs the work; its messages, the progress reported and the preview the page puts together from them. */
async function run(request: Parameters<typeof previewPartnersWork>[0]) {
  const replies: WorkerReply[] = [];
  const progress: number[][] = [];
  const receive = previewReceiver((done, total) => progress.push([done, total]));
  let result: PartnerPreview | undefined;
  await previewPartnersWork(request, (reply) => {
    replies.push(reply);
    result ??= receive(reply)?.value;
  });
  if (!result?.ok) throw new Error('no preview');
  return { replies, progress, result };
}

describe('the partner CSV preview as background work', () => {
  it('reports the reading, then rows done in slices, then sends the same rows a direct parse gives', async () => {
    const bytes = file();
    const { replies, progress, result } = await run({ bytes, vocabulary, existing });
    expect(progress).toEqual([
      [0, 0],
      [0, 2401],
      [500, 2401],
      [1000, 2401],
      [1500, 2401],
      [2000, 2401],
      [2401, 2401],
    ]);
    // The rows go back in slices after the last progress report, then the end.
    expect(replies.slice(progress.length).map((r) => (r.type === 'rows' ? r.rows.length : r.type))).toEqual([
      2000,
      401,
      'done',
    ]);

    const csv = readCsv(decodeText(bytes));
    const mapping = guessMapping(csv.header, vocabulary);
    const direct = markDuplicates(parsePartnerRows(csv, mapping, vocabulary), existing);
    expect(result.mapping).toEqual(mapping);
    expect(result.header).toEqual(['Nazwa', 'Kraj', 'Rodzaj relacji', 'Status']);
    expect(result.headerIssues).toEqual([]);
    expect(result.rows.map(({ name: _n, country: _c, ...row }) => row)).toEqual(direct);
    expect(result.rows.filter((r) => r.errors.length > 0)).toHaveLength(24);
    expect(result.rows.find((r) => r.line === 9)).toMatchObject({ name: 'Gmina 0007', duplicate: 'existing' });
    expect(result.rows.at(-1)).toMatchObject({ line: 2402, duplicate: 'file' });
    // A line that failed still shows the name and country the file gives.
    expect(result.rows.find((r) => r.line === 52)).toMatchObject({ name: '', country: 'FR' });
  });

  it('builds the preview for the columns chosen, not the guessed ones', async () => {
    const { result } = await run({ bytes: file(), vocabulary, existing: [], mapping: { name: 1, country: 1 } });
    expect(result.mapping).toEqual({ name: 1, country: 1 });
    expect(result.rows[0]).toMatchObject({ line: 2, name: 'DE', country: 'DE' });
    expect(result.rows[0]!.errors.map((e) => e.column)).toEqual(['relationKind', 'status']);
  });

  it('finishes with an empty preview for a file with only a header', async () => {
    const { replies, result } = await run({
      bytes: new TextEncoder().encode('Nazwa;Kraj\r\n'),
      vocabulary,
      existing: [],
    });
    expect(replies.map((r) => r.type)).toEqual(['progress', 'progress', 'progress', 'done']);
    expect(result).toEqual({
      ok: true,
      header: ['Nazwa', 'Kraj'],
      mapping: { name: 0, country: 1 },
      headerIssues: [],
      rows: [],
    });
  });
});
