// Backup size limits count bytes of the file, on the way out and on the way in alike.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertBackupFits, utf8ByteLength } from '../../../shared/backup/format';
import { decodeBackupBytes } from '../../../shared/backup/parse';

const fits = (run: () => unknown) => {
  try {
    run();
    return true;
  } catch (error) {
    expect(error).toMatchObject({ code: 'tooLarge' });
    return false;
  }
};

describe('the size of a backup', () => {
  it('is the number of UTF-8 bytes the file has, for any text (Polish letters, emoji, lone surrogates)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).byteLength);
      }),
    );
    expect(utf8ByteLength('Łódź')).toBe(7);
  });

  it('is refused on writing exactly when reading the written file would refuse it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 1, max: 200 }), (text, max) => {
        const bytes = new TextEncoder().encode(text);
        expect(fits(() => assertBackupFits(text, max))).toBe(fits(() => decodeBackupBytes(bytes, max)));
      }),
    );
  });

  it('refuses a Polish text near the limit that fits in characters but not in bytes', () => {
    const text = 'ł'.repeat(600);
    expect(text.length).toBeLessThan(1000);
    expect(() => assertBackupFits(text, 1000)).toThrow(expect.objectContaining({ code: 'tooLarge' }));
    expect(() => decodeBackupBytes(new TextEncoder().encode(text), 1000)).toThrow(
      expect.objectContaining({ code: 'tooLarge' }),
    );
    expect(() => assertBackupFits('ł'.repeat(500), 1000)).not.toThrow();
  });
});
