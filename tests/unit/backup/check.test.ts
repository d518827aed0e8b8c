// Checking a backup with progress from 0 to 1: the whole file checked, or one refusal.
import { describe, expect, it } from 'vitest';
import { checkBackup } from '../../../shared/backup/check';
import { BackupError } from '../../../shared/backup/errors';
import { encryptBackup } from '../../../shared/backup/crypto';
import { serializeBackup } from '../../../shared/backup/write';
import { emptyTables, type BackupTables } from '../../../shared/backup/tables';

const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const partner = (i: number) => ({
  id: `p${i}`,
  name: `Gmina ${i}`,
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
const meta = { appVersion: '0.1.0', schemaVersion: 1, createdAt: '2026-11-26T08:00:00.000Z' };

async function file(count: number): Promise<{ text: string; schemaVersion: number }> {
  const { CURRENT_SCHEMA_VERSION } = await import('../../../renderer/db/schema');
  const tables = emptyTables();
  tables.partners = Array.from({ length: count }, (_, i) => partner(i)) as unknown as BackupTables['partners'];
  const { text } = await serializeBackup(tables, { ...meta, schemaVersion: CURRENT_SCHEMA_VERSION });
  return { text, schemaVersion: CURRENT_SCHEMA_VERSION };
}

/** The progress reports, and the checked backup or the refusal. */
async function run(bytes: Uint8Array<ArrayBuffer>, schemaVersion: number, passphrase?: string) {
  const progress: number[] = [];
  const outcome = await checkBackup({ file: new Blob([bytes]), schemaVersion, appVersion: '0.1.0', passphrase }, (d) =>
    progress.push(d),
  )
    .then((parsed) => ({ parsed, error: undefined }))
    .catch((error: unknown) => ({ parsed: undefined, error: error as BackupError }));
  return { progress, ...outcome };
}
const encode = (text: string) => new TextEncoder().encode(text);

describe('checking a backup with progress', () => {
  it('reports rising progress from 0 to 1, each percent once, then gives every record', async () => {
    const count = 4500;
    const { text, schemaVersion } = await file(count);
    const { progress, parsed } = await run(encode(text), schemaVersion);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThanOrEqual(5);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(new Set(progress.map((p) => Math.floor(p * 100))).size).toBe(progress.length);
    expect(parsed?.tables.partners.map((r) => r.id)).toEqual(Array.from({ length: count }, (_, i) => `p${i}`));
    expect(parsed?.header.counts.partners).toBe(count);
  });

  it('refuses a file with one bad record at its end', async () => {
    const { text, schemaVersion } = await file(2010);
    const broken = text.replace('"name":"Gmina 2009"', '"name":42');
    const { parsed, error, progress } = await run(encode(broken), schemaVersion);
    expect(parsed).toBeUndefined();
    // The checksum catches the change before the record's own check.
    expect(error).toMatchObject({ code: 'checksum' });
    expect(progress.at(-1)).toBeLessThan(1);
  });

  it('asks for the passphrase of an encrypted file, then opens it with the right one', async () => {
    const { text, schemaVersion } = await file(3);
    const sealed = await encryptBackup(text, 'Ronnenberg1992', { ...meta, iterations: 1000 });
    const asked = await run(encode(sealed), schemaVersion);
    // The bar moves while the file is read, and stops before any record is checked.
    expect(asked.progress[0]).toBe(0);
    expect(Math.max(...asked.progress)).toBeLessThanOrEqual(0.5);
    expect(asked.error).toMatchObject({ code: 'passphraseNeeded' });
    const wrong = await run(encode(sealed), schemaVersion, 'zle haslo');
    expect(wrong.error).toMatchObject({ code: 'wrongPassphrase' });
    const opened = await run(encode(sealed), schemaVersion, 'Ronnenberg1992');
    expect(opened.parsed?.header.counts.partners).toBe(3);
  });

  it('keeps the bar within its end when the header promises fewer records than the file holds', async () => {
    const { text, schemaVersion } = await file(3000);
    // The header says 1,000 partners; the checksum is made again, so the count is what refuses the file.
    const { tables, checksum, ...header } = JSON.parse(text) as Record<string, unknown> & { counts: object };
    void checksum;
    const claimed = { ...header, counts: { ...header.counts, partners: 1000 } };
    const { checksumOf } = await import('../../../shared/backup/write');
    const sealed = checksumOf(claimed as unknown as Parameters<typeof checksumOf>[0], JSON.stringify(tables));
    const short = JSON.stringify({ ...claimed, checksum: sealed, tables });
    const { progress, error } = await run(encode(short), schemaVersion);
    expect(error).toMatchObject({ code: 'countMismatch', detail: { table: 'partners' } });
    expect(Math.max(...progress)).toBeLessThanOrEqual(1);
  });

  it('refuses what is not text with the same message as any broken file', async () => {
    const { error } = await run(new Uint8Array([0xff, 0xfe, 0x00]), 1);
    expect(error).toBeInstanceOf(BackupError);
    expect(error).toMatchObject({ code: 'notJson' });
  });
});
