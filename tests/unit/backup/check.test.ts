// Checking a backup as messages: progress from 0 to 1, every record in slices after the whole file passed, or one refusal.
import { describe, expect, it } from 'vitest';
import { checkBackup, SLICE_ROWS, type CheckMessage } from '../../../shared/backup/check';
import { encryptBackup } from '../../../shared/backup/crypto';
import { serializeBackup } from '../../../shared/backup/format';
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

async function run(bytes: Uint8Array, schemaVersion: number, passphrase?: string): Promise<CheckMessage[]> {
  const messages: CheckMessage[] = [];
  await checkBackup({ bytes, schemaVersion, appVersion: '0.1.0', passphrase }, (m) => messages.push(m));
  return messages;
}
const encode = (text: string) => new TextEncoder().encode(text);

describe('checking a backup in the background', () => {
  it('reports rising progress, then hands over every record in slices, then the header', async () => {
    const count = 2 * SLICE_ROWS + 500;
    const { text, schemaVersion } = await file(count);
    const messages = await run(encode(text), schemaVersion);
    const progress = messages.flatMap((m) => (m.type === 'progress' ? [m.done] : []));
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThanOrEqual(8);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const slices = messages.flatMap((m) => (m.type === 'rows' ? [m] : []));
    expect(slices.map((s) => [s.table, s.rows.length])).toEqual([
      ['partners', SLICE_ROWS],
      ['partners', SLICE_ROWS],
      ['partners', 500],
    ]);
    const ids = slices.flatMap((s) => s.rows.map((r) => (r as { id: string }).id));
    expect(ids).toEqual(Array.from({ length: count }, (_, i) => `p${i}`));
    const last = messages.at(-1);
    expect(last).toMatchObject({ type: 'done', header: { counts: { partners: count } }, unknownFields: [] });
    // Records are handed over only after the whole file was checked.
    const firstRows = messages.findIndex((m) => m.type === 'rows');
    expect(messages.slice(0, firstRows).some((m) => m.type === 'progress' && m.done >= 0.85)).toBe(true);
  });

  it('refuses a file with one bad record at its end without handing over any record', async () => {
    const { text, schemaVersion } = await file(SLICE_ROWS + 10);
    const broken = text.replace(`"name":"Gmina ${SLICE_ROWS + 9}"`, '"name":42');
    const messages = await run(encode(broken), schemaVersion);
    expect(messages.some((m) => m.type === 'rows' || m.type === 'done')).toBe(false);
    // The checksum catches the change before the record's own check.
    expect(messages.at(-1)).toMatchObject({ type: 'failed', code: 'checksum' });
  });

  it('asks for the passphrase of an encrypted file, then opens it with the right one', async () => {
    const { text, schemaVersion } = await file(3);
    const sealed = await encryptBackup(text, 'Ronnenberg1992', { ...meta, iterations: 1000 });
    const asked = await run(encode(sealed), schemaVersion);
    expect(asked).toEqual([
      { type: 'progress', done: 0 },
      { type: 'failed', code: 'passphraseNeeded', detail: {} },
    ]);
    const wrong = await run(encode(sealed), schemaVersion, 'zle haslo');
    expect(wrong.at(-1)).toMatchObject({ type: 'failed', code: 'wrongPassphrase' });
    const opened = await run(encode(sealed), schemaVersion, 'Ronnenberg1992');
    expect(opened.at(-1)).toMatchObject({ type: 'done', header: { counts: { partners: 3 } } });
  });

  it('refuses what is not text with the same message as any broken file', async () => {
    const messages = await run(new Uint8Array([0xff, 0xfe, 0x00]), 1);
    expect(messages.at(-1)).toMatchObject({ type: 'failed', code: 'notJson' });
  });
});
