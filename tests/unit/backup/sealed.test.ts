// An encrypted backup's sealed data taken from the file's bytes as they are read: the same backup opens, and the
// same files are refused, whether the data is taken so or (a file laid out otherwise) read by the JSON parser.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encryptBackup } from '../../../shared/backup/crypto';
import { openBackup } from '../../../shared/backup/open';
import { readBackupDocument, slicesOf } from '../../../shared/backup/read';
import { serializeBackup } from '../../../shared/backup/write';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { datasetArbitrary } from './helpers';

const meta = { appVersion: '0.1.0', schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-11-26T08:00:00.000Z' };
const PASSPHRASE = 'Ronnenberg1992';
const options = { schemaVersion: CURRENT_SCHEMA_VERSION, appVersion: '0.1.0', passphrase: PASSPHRASE };
const encode = (text: string) => new TextEncoder().encode(text);

async function sealedFile(): Promise<{ plain: string; sealed: string }> {
  const tables = (await fc.sample(datasetArbitrary, { numRuns: 1, seed: 3 }))[0]!;
  const plain = (await serializeBackup(tables, meta)).text;
  return { plain, sealed: await encryptBackup(plain, PASSPHRASE, { ...meta, iterations: 1000 }) };
}

/** The file's object with its keys in another order or another part added, written again. */
function relaid(sealed: string, change: (doc: Record<string, unknown>) => Record<string, unknown>): string {
  return JSON.stringify(change(JSON.parse(sealed) as Record<string, unknown>));
}

describe('an encrypted backup read as it arrives', () => {
  it('takes the data from the bytes, wherever the file is cut, and opens the same backup', async () => {
    const { plain, sealed } = await sealedFile();
    const expected = await openBackup(slicesOf(encode(plain)), options);
    for (const size of [1, 2, 3, 5, 64, 4096, sealed.length]) {
      const read = await readBackupDocument(slicesOf(encode(sealed), size));
      expect(read.doc.data).toBe('');
      expect(read.sealed).toBeInstanceOf(Uint8Array);
      expect(await openBackup(slicesOf(encode(sealed), size), options)).toEqual(expected);
    }
  });

  it('leaves the data to the parser when the file is laid out otherwise, and opens it the same', async () => {
    const { plain, sealed } = await sealedFile();
    const expected = await openBackup(slicesOf(encode(plain)), options);
    const layouts = [
      // The data first.
      relaid(sealed, ({ data, ...header }) => ({ data, ...header })),
      // A "data" key inside the header's cipher before the file's own.
      relaid(sealed, ({ data, cipher, ...header }) => ({
        ...header,
        cipher: { ...(cipher as object), data: 'x' },
        data,
      })),
      // Written with line breaks and indents.
      JSON.stringify(JSON.parse(sealed), null, 2),
    ];
    for (const file of layouts) {
      const read = await readBackupDocument(slicesOf(encode(file), 7));
      expect(read.sealed).toBeUndefined();
      expect(typeof read.doc.data).toBe('string');
      expect(await openBackup(slicesOf(encode(file), 7), options)).toEqual(expected);
    }
    // Parts after the data are read by the parser as before.
    const after = relaid(sealed, (doc) => ({ ...doc, note: 'po danych' }));
    expect((await readBackupDocument(slicesOf(encode(after), 5))).doc.note).toBe('po danych');
    expect(await openBackup(slicesOf(encode(after), 5), options)).toEqual(expected);
  });

  it('refuses data that is not sound base64, an escape in it, and a file cut inside it', async () => {
    const { sealed } = await sealedFile();
    const data = (JSON.parse(sealed) as { data: string }).data;
    const withData = (text: string) => sealed.replace(`"data":"${data}"`, `"data":"${text}"`);
    const refusals = [
      [withData(`${data.slice(0, 40)}!${data.slice(41)}`), 'damagedEncryption'],
      [withData(`${data.slice(0, 40)}=${data.slice(41)}`), 'damagedEncryption'],
      [withData(data.slice(0, -1)), 'damagedEncryption'],
      [withData(`${data.slice(0, 40)}\\/${data.slice(41)}`), 'damagedEncryption'],
      [withData(''), 'damagedEncryption'],
      [sealed.slice(0, sealed.length - 100), 'notJson'],
      [`${sealed.slice(0, -1)},}`, 'notJson'],
    ] as const;
    for (const [file, code] of refusals)
      for (const size of [3, 1 << 20])
        await expect(openBackup(slicesOf(encode(file), size), options)).rejects.toMatchObject({ code });
    // A changed character that is still base64 is caught by the cipher.
    const flipped = withData(`${data.slice(0, 40)}${data[40] === 'A' ? 'B' : 'A'}${data.slice(41)}`);
    await expect(openBackup(slicesOf(encode(flipped), 3), options)).rejects.toMatchObject({ code: 'wrongPassphrase' });
  });
});
