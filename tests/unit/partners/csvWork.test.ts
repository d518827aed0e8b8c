import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/export/csv';
import { guessMapping, markDuplicates, parsePartnerRows, type ImportRow } from '../../../shared/partners/csvImport';
import {
  draftsReceiver,
  previewReceiver,
  type PartnerDrafts,
  type PartnerPreview,
  type WorkerReply,
  type WorkerRequest,
} from '../../../renderer/features/partners/csvBackground';
import { partnerCsvWork } from '../../../renderer/features/partners/csvWork';
import { buildVocabulary } from '../../../renderer/features/partners/vocabulary';
import type { RowProgress } from '../../../renderer/app/CsvReading';
import { readCsvWhole } from '../../helpers/readCsvWhole';

const vocabulary = buildVocabulary();
const existing = [{ name: 'Gmina 0007', country: 'DE' }];

/**
 * 12,001 lines (over one slice of bytes): every 100th without a name, one with a quoted note over two lines, one
 * repeated line, one town already stored.
 */
function file(): Uint8Array {
  const lines = Array.from({ length: 12000 }, (_, i) =>
    i % 100 === 50
      ? ';FR;Partnerska;Aktywna;'
      : i === 7000
        ? `Gmina ${i};DE;Partnerska;Aktywna;"dwa\r\nwiersze"`
        : `Gmina ${String(i).padStart(4, '0')};DE;Partnerska;Aktywna;Łódź i okolice`,
  );
  lines.push('Gmina 0001;DE;Partnerska;Aktywna;');
  return new TextEncoder().encode(['Nazwa;Kraj;Rodzaj relacji;Status;Uwagi', ...lines].join('\r\n'));
}

/** The rows as the preview read them before: the whole file parsed, every row with its draft. */
function direct(bytes: Uint8Array, mapping = guessMapping(readCsvWhole(decodeText(bytes)).header, vocabulary)) {
  const csv = readCsvWhole(decodeText(bytes));
  return { mapping, rows: markDuplicates(parsePartnerRows(csv, mapping, vocabulary), existing) };
}

async function run<T>(request: WorkerRequest, receiver: (reply: WorkerReply) => { value: T } | undefined) {
  const replies: WorkerReply[] = [];
  let result: { value: T } | undefined;
  await partnerCsvWork(request, (reply) => {
    replies.push(reply);
    result ??= receiver(reply);
  });
  if (!result) throw new Error('the work never finished');
  return { replies, result: result.value };
}

async function preview(request: Omit<Extract<WorkerRequest, { kind: 'preview' }>, 'kind'>) {
  const progress: RowProgress[] = [];
  const { replies, result } = await run<PartnerPreview>(
    { kind: 'preview', ...request },
    previewReceiver((p) => progress.push(p)),
  );
  if (!result.ok) throw new Error('no preview');
  return { replies, progress, result };
}

describe('the partner CSV read as background work', () => {
  it('sends the rows a whole-file parse gives, keeping only what the table shows', async () => {
    const bytes = file();
    const { result } = await preview({ bytes, vocabulary, existing });
    const { mapping, rows } = direct(bytes);
    expect(result.mapping).toEqual(mapping);
    expect(result.header).toEqual(['Nazwa', 'Kraj', 'Rodzaj relacji', 'Status', 'Uwagi']);
    expect(result.headerIssues).toEqual([]);
    const shown = (r: ImportRow) => ({
      line: r.line,
      problems: r.errors.length > 0 ? r.errors : undefined,
      duplicate: r.duplicate,
    });
    expect(result.rows.all().map((r) => ({ line: r.line, problems: r.errors, duplicate: r.duplicate }))).toEqual(
      rows.map(shown),
    );
    expect(result.rows.all().filter((r) => r.errors)).toHaveLength(120);
    // What the dialog counts and filters by, without an object per row.
    expect([result.rows.count, result.rows.withErrors, result.rows.duplicates]).toEqual([12001, 120, 2]);
    expect(result.rows.marked.map((i) => result.rows.line(i))).toEqual(
      rows.filter((r) => r.errors.length > 0 || r.duplicate).map((r) => r.line),
    );
    expect(result.rows.all().find((r) => r.line === 9)).toEqual({
      line: 9,
      name: 'Gmina 0007',
      country: 'DE',
      duplicate: 'existing',
    });
    // The quoted note spans two lines: the rows after it start a line later.
    expect(
      result.rows
        .all()
        .slice(7000, 7002)
        .map((r) => [r.line, r.name]),
    ).toEqual([
      [7002, 'Gmina 7000'],
      [7004, 'Gmina 7001'],
    ]);
    expect(result.rows.all().at(-1)).toMatchObject({ line: 12003, duplicate: 'file' });
    // A line that failed still shows the name and country the file gives.
    expect(result.rows.all().find((r) => r.line === 52)).toEqual({
      line: 52,
      name: '',
      country: 'FR',
      errors: [{ column: 'name', code: 'required', value: '' }],
    });
  });

  it('reports the share of the file read and the rows so far, then sends the rows in slices before the end', async () => {
    const bytes = file();
    const { replies, progress } = await preview({ bytes, vocabulary, existing });
    expect(progress[0]).toEqual({ rows: 0, read: 0, size: bytes.length });
    expect(progress.at(-1)).toEqual({ rows: 12001, read: bytes.length, size: bytes.length });
    for (let i = 1; i < progress.length; i++) expect(progress[i]!.read).toBeGreaterThanOrEqual(progress[i - 1]!.read);
    const slices = replies.flatMap((r) => (r.type === 'rows' ? [r.slice.lines.length] : []));
    expect(slices).toEqual([...Array<number>(48).fill(250), 1]);
    expect(replies.at(-1)?.type).toBe('done');
  });

  it('builds the preview for the columns chosen, not the guessed ones', async () => {
    const { result } = await preview({ bytes: file(), vocabulary, existing: [], mapping: { name: 1, country: 1 } });
    expect(result.mapping).toEqual({ name: 1, country: 1 });
    expect(result.rows.all()[0]).toMatchObject({ line: 2, name: 'DE', country: 'DE' });
    expect(result.rows.all()[0]!.errors?.map((e) => e.column)).toEqual(['relationKind', 'status']);
  });

  it('finishes with an empty preview for a file with only a header, and for an empty file', async () => {
    const { result } = await preview({ bytes: new TextEncoder().encode('Nazwa;Kraj\r\n'), vocabulary, existing: [] });
    expect(result).toMatchObject({
      ok: true,
      header: ['Nazwa', 'Kraj'],
      mapping: { name: 0, country: 1 },
      headerIssues: [],
    });
    expect(result.rows.count).toBe(0);
    const empty = await preview({ bytes: new Uint8Array(), vocabulary, existing: [] });
    expect(empty.result).toMatchObject({ ok: true, header: [], mapping: {}, headerIssues: [] });
    expect(empty.result.rows.count).toBe(0);
  });

  it('builds for Save the very drafts the preview stored before, skipping duplicates or not', async () => {
    const bytes = file();
    const { mapping, rows } = direct(bytes);
    for (const skipDuplicates of [true, false]) {
      const { replies, result } = await run<PartnerDrafts>(
        { kind: 'drafts', bytes, mapping, vocabulary, existing, skipDuplicates },
        draftsReceiver(() => undefined),
      );
      const before = rows.filter((r) => r.draft && !(skipDuplicates && r.duplicate)).map((r) => r.draft);
      expect(result).toEqual({ ok: true, drafts: before });
      expect(replies.some((r) => r.type === 'rows')).toBe(false);
    }
  });

  it('builds the drafts for a Windows-1250 file with the mapping chosen', async () => {
    const cp1250 = new Uint8Array([...'Nazwa;Kraj;Rodzaj;Status\r\n'].map((c) => c.charCodeAt(0)));
    // "Łódź" in Windows-1250: Ł=0xA3 ó=0xF3 d=0x64 ź=0x9F
    const line = new Uint8Array([0xa3, 0xf3, 0x64, 0x9f, ...[...';PL;Partnerska;Aktywna'].map((c) => c.charCodeAt(0))]);
    const bytes = new Uint8Array([...cp1250, ...line]);
    const mapping = { name: 0, country: 1, relationKind: 2, status: 3 };
    const { result } = await run<PartnerDrafts>(
      { kind: 'drafts', bytes, mapping, vocabulary, existing: [], skipDuplicates: true },
      draftsReceiver(() => undefined),
    );
    expect(result).toMatchObject({ ok: true, drafts: [{ name: 'Łódź', country: 'PL', relationKind: 'partnership' }] });
  });
});
