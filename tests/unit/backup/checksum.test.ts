// The file's checksum taken from its own bytes as they are read: the same digest as before, without the tables written
// out again or the file's text held whole.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checksumInput, checksumOf, serializeBackup } from '../../../shared/backup/write';
import { openBackupFile } from '../../../shared/backup/open';
import { readBackupDocument, slicesOf } from '../../../shared/backup/read';
import { emptyTables, type BackupTables } from '../../../shared/backup/tables';
import { sha256Hex } from './sha256';

const meta = { appVersion: '0.1.0', schemaVersion: 1, createdAt: '2026-11-26T08:00:00.000Z' };
const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const partner = (i: number) => ({
  id: `p${i}`,
  name: `Łęczyca ${i}`,
  country: 'DE',
  relationKind: 'partnership',
  status: 'active',
  languages: [],
  legalBasis: {},
  areas: [],
  funding: [],
  awards: [],
  ...stamps,
});

async function file(count: number) {
  const { CURRENT_SCHEMA_VERSION } = await import('../../../renderer/db/schema');
  const tables = emptyTables();
  tables.partners = Array.from({ length: count }, (_, i) => partner(i)) as unknown as BackupTables['partners'];
  const { text } = await serializeBackup(tables, { ...meta, schemaVersion: CURRENT_SCHEMA_VERSION });
  return { text, options: { schemaVersion: CURRENT_SCHEMA_VERSION, appVersion: '0.1.0' } };
}
const encode = (text: string) => new TextEncoder().encode(text);

afterEach(() => vi.restoreAllMocks());

describe("a backup's checksum", () => {
  it('is the digest of the header and the tables text, whatever the characters (lone surrogates included)', async () => {
    const anyText = fc.array(fc.integer({ min: 0, max: 0xffff })).map((codes) => String.fromCharCode(...codes));
    // Hashed a slice at a time: a surrogate pair at a slice's end is never split.
    await fc.assert(
      fc.asyncProperty(anyText, fc.integer({ min: 2, max: 9 }), async (tablesJson, sliceChars) => {
        const header = { formatVersion: 1, ...meta, counts: { partners: 1 } };
        const expected = await sha256Hex(checksumInput(header, tablesJson));
        expect(checksumOf(header, tablesJson)).toBe(expected);
        expect(checksumOf(header, tablesJson, sliceChars)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("is read from a file's own bytes as this app writes it, however the bytes arrive", async () => {
    const { text } = await file(300);
    const bytes = encode(text);
    const promised = (JSON.parse(text) as { checksum: string }).checksum;
    // Slices of one byte split the `,"tables":` mark and every Polish letter; a BOM before the file changes nothing.
    for (const size of [1, 7, 4096, bytes.length]) {
      expect((await readBackupDocument(slicesOf(bytes, size))).fileChecksum).toBe(promised);
    }
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect((await readBackupDocument(slicesOf(withBom, 5))).fileChecksum).toBe(promised);
    // An editor's line end after the last brace, in a slice of its own or not.
    const withLineEnd = encode(`${text}\r\n \n`);
    for (const size of [1, 3, withLineEnd.length]) {
      expect((await readBackupDocument(slicesOf(withLineEnd, size))).fileChecksum).toBe(promised);
    }
  });

  it('is opened without the parsed tables written out again', async () => {
    const { text, options } = await file(3000);
    const stringify = vi.spyOn(JSON, 'stringify');
    const parsed = await openBackupFile(encode(text), options);
    expect(parsed.tables.partners).toHaveLength(3000);
    // Only small values (the header's fixed fields) are written out: never the tables.
    expect(Math.max(0, ...stringify.mock.results.map((r) => String(r.value).length))).toBeLessThan(1000);
  });

  it('still accepts the same file laid out otherwise, and refuses it once a record is changed', async () => {
    const { text, options } = await file(20);
    const pretty = JSON.stringify(JSON.parse(text), null, 2);
    expect((await readBackupDocument(slicesOf(encode(pretty)))).fileChecksum).toBeUndefined();
    expect((await openBackupFile(encode(pretty), options)).tables.partners).toHaveLength(20);
    const changed = text.replace('"name":"Łęczyca 7"', '"name":"Łęczyca 8"');
    await expect(openBackupFile(encode(changed), options)).rejects.toMatchObject({ code: 'checksum' });
    await expect(openBackupFile(encode(changed.replace(/\}$/, '} ')), options)).rejects.toMatchObject({
      code: 'checksum',
    });
  });
});
