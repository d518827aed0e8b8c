import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/export/csv';
import { decodedText } from '../../../shared/export/csvStream';
import { isUtf8, textSlices } from '../../../shared/export/textSlices';

/** What a fatal TextDecoder says of the bytes: the answer isUtf8 must give. */
const decodes = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

const bytesOf = (...values: number[]) => new Uint8Array(values);

describe('isUtf8', () => {
  it('accepts text in any script, and the empty file', () => {
    for (const text of ['', 'Nazwa;Kraj', 'Łódź;PL', 'Järfälla', 'Київ', '東京', '🏰 Malbork', '\uFEFFNazwa'])
      expect(isUtf8(new TextEncoder().encode(text))).toBe(true);
  });

  it('refuses Windows-1250 Polish letters, overlong forms, surrogates, code points above U+10FFFF and cut sequences', () => {
    const refused = [
      bytesOf(0xb3, 0xf3, 0x64, 0x9f), // "łódź" in Windows-1250
      bytesOf(0xc0, 0x80), // overlong NUL
      bytesOf(0xc1, 0xbf),
      bytesOf(0xe0, 0x9f, 0xbf), // overlong three-byte form
      bytesOf(0xf0, 0x8f, 0xbf, 0xbf), // overlong four-byte form
      bytesOf(0xed, 0xa0, 0x80), // a surrogate
      bytesOf(0xf4, 0x90, 0x80, 0x80), // above U+10FFFF
      bytesOf(0xf5, 0x80, 0x80, 0x80),
      bytesOf(0x41, 0xc5), // cut at the end
      bytesOf(0xe2, 0x82),
      bytesOf(0xc5, 0x41), // a lead byte without its continuation
      bytesOf(0x80), // a continuation alone
    ];
    for (const bytes of refused) {
      expect(decodes(bytes)).toBe(false);
      expect(isUtf8(bytes)).toBe(false);
    }
  });

  it('answers as a fatal TextDecoder does for any bytes', () => {
    // Bytes drawn mostly from lead and continuation ranges, so that most sequences are nearly valid.
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0x80, max: 0xbf }),
      fc.constantFrom(0xc2, 0xc5, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf3, 0xf4, 0xc0, 0xc1, 0xf5, 0xff),
    );
    const utf8 = fc.string({ unit: 'binary', maxLength: 30 }).map((text) => new TextEncoder().encode(text));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 12 }),
          fc.array(byte, { maxLength: 12 }).map((b) => new Uint8Array(b)),
          utf8,
        ),
        (bytes) => {
          expect(isUtf8(bytes)).toBe(decodes(bytes));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('textSlices', () => {
  it('ends each UTF-8 slice where a character ends, and tells the bytes read up to it', () => {
    const bytes = new TextEncoder().encode('aŁ🏰ż');
    expect([...textSlices(bytes, 0, 'utf-8', 2)]).toEqual([
      ['aŁ', 3],
      ['🏰', 7],
      ['ż', 9],
    ]);
  });

  it('reads Windows-1250 as the platform decoder does, a byte a character', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, b) => b);
    const slices = [...textSlices(bytes, 0, 'windows-1250', 100)];
    expect(slices.map(([, done]) => done)).toEqual([100, 200, 256]);
    expect(slices.map(([text]) => text).join('')).toBe(new TextDecoder('windows-1250').decode(bytes));
  });
});

describe('decodedText over any bytes', () => {
  it('joins to what decodeText gives: with one or two BOMs, valid or broken UTF-8, Windows-1250', () => {
    const bom = [0xef, 0xbb, 0xbf];
    const bytes = fc
      .tuple(fc.constantFrom([], bom, [...bom, ...bom]), fc.uint8Array({ maxLength: 16 }), fc.string({ maxLength: 8 }))
      .map(([start, any, text]) => new Uint8Array([...start, ...new TextEncoder().encode(text), ...any]));
    fc.assert(
      fc.property(bytes, fc.integer({ min: 1, max: 7 }), (b, chunkBytes) => {
        expect([...decodedText(b, { chunkBytes })()].join('')).toBe(decodeText(b));
      }),
      { numRuns: 5000 },
    );
  });
});
