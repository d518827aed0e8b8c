import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvGatherer, decodeText, readCsv, readCsvFrom } from '../../../shared/export/csv';
import { decodedText, readCsvRowsInTurns, textPieces } from '../../../shared/export/csvStream';
import { readCsvWhole } from '../../helpers/readCsvWhole';

/** Windows-1250 bytes for text the code page can hold. */
const cp1250 = (() => {
  const decoder = new TextDecoder('windows-1250');
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(new Uint8Array([b])), b);
  return (text: string) => new Uint8Array([...text].map((c) => byChar.get(c)!));
})();

/** Text made of what trips a CSV reader: both separators, quotes, every line end, blanks, control characters. */
const csvText = fc
  .array(fc.constantFrom('a', 'ż', 'Ł', ' ', ';', ',', '"', '""', '\r', '\n', '\r\n', '\u0000', '\t', 'xyz', '1;2;3'), {
    maxLength: 80,
  })
  .map((parts) => parts.join(''));
const withBom = fc.tuple(fc.constantFrom('', '\uFEFF'), csvText).map(([bom, text]) => bom + text);

describe('reading a CSV a slice at a time', () => {
  it('gives what reading the whole text gives, wherever the slices are cut', () => {
    fc.assert(
      fc.property(withBom, fc.integer({ min: 1, max: 9 }), (text, size) => {
        const whole = readCsvWhole(text);
        expect(readCsv(text)).toEqual(whole);
        expect(readCsvFrom(textPieces(text, size))).toEqual(whole);
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes bytes in slices to the text decodeText gives: UTF-8 with or without BOM, or Windows-1250', () => {
    const utf8 = fc.tuple(fc.boolean(), withBom).map(([bom, text]) => {
      const bytes = new TextEncoder().encode(text);
      return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
    });
    const windows = csvText.map((text) => cp1250(text.replaceAll('\uFEFF', '')));
    fc.assert(
      fc.property(fc.oneof(utf8, windows), fc.integer({ min: 1, max: 7 }), (bytes, chunkBytes) => {
        const text = decodeText(bytes);
        expect([...decodedText(bytes, { chunkBytes })()].join('')).toBe(text);
        expect(readCsvFrom(decodedText(bytes, { chunkBytes }))).toEqual(readCsvWhole(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a quoted cell’s line ends when the slice is cut inside it, and counts lines across the cut', () => {
    const text = 'Nazwa;Uwagi\r\nDuclair;"dwa\r\nwiersze"\rJärfälla;c\r\n\r\nTymbark;"x\ny"\nŁódź;d';
    for (let size = 1; size <= text.length; size++) {
      const csv = readCsvFrom(textPieces(text, size));
      expect(csv.rows).toEqual([
        ['Duclair', 'dwa\r\nwiersze'],
        ['Järfälla', 'c'],
        ['Tymbark', 'x\ny'],
        ['Łódź', 'd'],
      ]);
      expect(csv.lines).toEqual([2, 4, 6, 8]);
    }
  });

  it('reads a Windows-1250 file whose first slices are valid UTF-8', () => {
    const bytes = cp1250(`Nazwa;Kraj\r\n${'Gmina;DE\r\n'.repeat(50)}Łódź;PL\r\n`);
    const csv = readCsvFrom(decodedText(bytes, { chunkBytes: 16 }));
    expect(csv.rows.at(-1)).toEqual(['Łódź', 'PL']);
    expect(csv.lines.at(-1)).toBe(52);
  });

  it('reports an open quote, extra cells and control characters on the lines where they are, slices or not', () => {
    const text = 'Nazwa;Kraj\nDuclair;FR;;\nRonn\u0000berg;DE;x;y\rJärfälla;"SE\nTymbark;PL';
    expect(readCsvFrom(textPieces(text, 3)).issues).toEqual([
      { line: 3, code: 'extraCells', count: 2 },
      { line: 3, code: 'controlChars', count: 1 },
      { line: 4, code: 'quotes' },
    ]);
  });

  it('reads the same rows in turns, pausing after each slice, and stops where a turn answers no', async () => {
    const text = `Nazwa;Kraj\r\n${'Gmina;DE\r\n'.repeat(40)}Łódź;PL`;
    const whole = readCsvFrom(textPieces(text, 16));
    const { csv, on } = csvGatherer();
    let turns = 0;
    const pause = () => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0));
    expect(await readCsvRowsInTurns(textPieces(text, 16), on, () => (turns++, pause()))).toBe(true);
    expect({ ...csv, delimiter: whole.delimiter }).toEqual(whole);
    expect(turns).toBe(Math.ceil(text.length / 16));

    const stopped = csvGatherer();
    const read = await readCsvRowsInTurns(textPieces(text, 16), stopped.on, () => stopped.csv.rows.length < 5);
    expect(read).toBe(false);
    expect(stopped.csv.rows).toEqual(whole.rows.slice(0, stopped.csv.rows.length));
    expect(stopped.csv.rows.length).toBeLessThan(8);
  });
});
