// A backup read as its bytes arrive: rows checked as they are read when the file is laid out as this app writes it,
// with the same result, the same refusals and the same listed fields as a file read whole.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BackupHeader } from '../../../shared/backup/format';
import { checksumOf, serializeBackup } from '../../../shared/backup/write';
import { openBackupFile } from '../../../shared/backup/open';
import { parseBackup } from '../../../shared/backup/parse';
import { readBackupDocument, slicesOf } from '../../../shared/backup/read';
import type { BackupTables } from '../../../shared/backup/tables';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { datasetArbitrary } from './helpers';

const meta = { appVersion: '0.1.0', schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-11-26T08:00:00.000Z' };
const options = { schemaVersion: CURRENT_SCHEMA_VERSION, appVersion: '0.1.0' };
const encode = (text: string) => new TextEncoder().encode(text);

type Doc = BackupHeader & { tables: Record<string, Record<string, unknown>[]> };

/** The file as this app writes it after `change` to its parsed object, checksum made again: header first, tables last. */
function rewritten(text: string, change: (doc: Doc) => void): string {
  const doc = JSON.parse(text) as Doc;
  change(doc);
  const { tables, ...header } = doc;
  return JSON.stringify({ ...header, checksum: checksumOf(header, JSON.stringify(tables)), tables });
}

async function written(tables: BackupTables): Promise<string> {
  return (await serializeBackup(tables, meta)).text;
}

describe('a backup read as it arrives', () => {
  it('checks the rows of a file as this app writes it as they are read, each in its place', async () => {
    const text = await written((await fc.sample(datasetArbitrary, { numRuns: 1, seed: 7 }))[0]!);
    const seen: [string, boolean][] = [];
    const read = await readBackupDocument(slicesOf(encode(text), 64), {
      keep: (table, row, root, asWritten) => {
        seen.push([table, asWritten]);
        expect(root.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
        return `${table}:${(row as { id?: string }).id ?? '?'}`;
      },
    });
    const tables = read.doc.tables as Record<string, unknown[]>;
    const whole = (JSON.parse(text) as Doc).tables;
    // Every row is replaced by what was kept of it, in the file's order.
    for (const [table, rows] of Object.entries(whole)) {
      expect(tables[table]).toEqual(rows.map((row) => `${table}:${(row.id as string | undefined) ?? '?'}`));
    }
    expect(seen.length).toBe(Object.values(whole).flat().length);
    expect(seen.every(([, asWritten]) => asWritten)).toBe(true);
    // Laid out otherwise, the rows are still given, but the file is not taken as written here.
    const pretty = JSON.stringify(JSON.parse(text), null, 1);
    const flags = new Set<boolean>();
    await readBackupDocument(slicesOf(encode(pretty)), {
      keep: (_t, row, _r, asWritten) => (flags.add(asWritten), row),
    });
    expect([...flags]).toEqual([false]);
  });

  it('opens any valid office to the same records and listed fields as the same file laid out otherwise', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, fc.integer({ min: 1, max: 4096 }), async (tables, slice) => {
        const text = await written(tables);
        const asRead = await openBackupFile(encode(text), options);
        const pretty = await openBackupFile(encode(JSON.stringify(JSON.parse(text), null, 2)), options);
        const whole = await parseBackup(text, options);
        expect(asRead).toEqual(pretty);
        expect(asRead).toEqual(whole);
        // However the bytes arrive.
        const { doc } = await readBackupDocument(slicesOf(encode(text), slice));
        expect(doc).toEqual(JSON.parse(text));
      }),
      { numRuns: 25 },
    );
  });

  it('refuses a bad record only once the file is whole: a changed file is told as changed, a sealed one by its record', async () => {
    const tables = (await fc.sample(datasetArbitrary, { numRuns: 1, seed: 11 }))[0]!;
    const text = await written(tables);
    const target = tables.partners.at(-1)!;
    const bad = rewritten(text, (doc) => {
      doc.tables.partners!.at(-1)!.name = 42;
    });
    await expect(openBackupFile(encode(bad), options)).rejects.toMatchObject({
      code: 'invalidRecord',
      detail: { table: 'partners', key: target.id, field: 'name' },
    });
    await expect(parseBackup(bad, options)).rejects.toMatchObject({
      code: 'invalidRecord',
      detail: { table: 'partners', key: target.id, field: 'name' },
    });
    // The same bad record in a file changed after its checksum was made: the change is what is told.
    const changed = text.replace(`"name":${JSON.stringify(target.name)}`, '"name":42');
    expect(changed).not.toBe(text);
    await expect(openBackupFile(encode(changed), options)).rejects.toMatchObject({ code: 'checksum' });
  });

  it('takes a file followed by more white space than line ends as laid out otherwise, and reads it through', async () => {
    const text = await written((await fc.sample(datasetArbitrary, { numRuns: 1, seed: 5 }))[0]!);
    const padded = encode(`${text}${' '.repeat(4 * 1024 * 1024)}`);
    const read = await readBackupDocument(slicesOf(padded, 64 * 1024));
    expect(read.fileChecksum).toBeUndefined();
    expect(read.doc).toEqual(JSON.parse(text));
    // Its rows were checked as they were read, so the text cannot be written out again to check it: refused as changed.
    await expect(openBackupFile(padded, options)).rejects.toMatchObject({ code: 'checksum' });
  });

  it('refuses a file whose header, repeated after its tables, ends up naming another schema', async () => {
    const text = await written((await fc.sample(datasetArbitrary, { numRuns: 1, seed: 3 }))[0]!);
    // JSON keeps the last of a repeated key: the rows were checked for this schema, the header then says the first.
    const twice = `${text.slice(0, -1)},"schemaVersion":1}`;
    await expect(openBackupFile(encode(twice), options)).rejects.toMatchObject({ code: 'damagedHeader' });
  });
});
