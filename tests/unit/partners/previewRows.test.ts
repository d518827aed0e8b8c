// The partner CSV preview's compact rows: what the worker writes is what the page reads back, for any text a file
// can hold, over slices of any size.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PreviewRows, RowSliceWriter, type PreviewRow } from '../../../renderer/features/partners/previewRows';

/** Any UTF-16 unit, lone surrogates included (a broken file can give them). */
const anyText = fc.string({ unit: fc.nat({ max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 12 });
const anyRow = fc.record({
  line: fc.nat({ max: 1_000_000 }),
  name: fc.oneof(anyText, fc.constantFrom('Łódź', 'Świnoujście', 'Zürich', '東京', '👩‍👩‍👧 Gmina', '')),
  country: fc.oneof(anyText, fc.constantFrom('PL', 'DE', '')),
  duplicate: fc.constantFrom(undefined, 'existing' as const, 'file' as const),
});

/** The text as it comes back from UTF-8: a lone surrogate becomes U+FFFD, as TextEncoder writes it. */
const asUtf8 = (text: string) => new TextDecoder().decode(new TextEncoder().encode(text));

describe('preview rows in slices', () => {
  it('reads back every row as written, its texts as UTF-8 keeps them', () => {
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 60 }), fc.integer({ min: 1, max: 25 }), (rows, perSlice) => {
        const writer = new RowSliceWriter();
        const slices = [];
        for (const [i, { duplicate, ...row }] of rows.entries()) {
          writer.add(duplicate ? { ...row, duplicate } : row);
          if ((i + 1) % perSlice === 0) slices.push(writer.take());
        }
        if (writer.size > 0) slices.push(writer.take());
        const read = new PreviewRows(slices);
        expect(read.count).toBe(rows.length);
        expect(read.all()).toEqual(
          rows.map(({ duplicate, ...row }): PreviewRow => ({
            ...row,
            name: asUtf8(row.name),
            country: asUtf8(row.country),
            ...(duplicate ? { duplicate } : {}),
          })),
        );
        expect(read.duplicates).toBe(rows.filter((r) => r.duplicate).length);
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it('keeps a name longer than the buffer the slice starts with', () => {
    const writer = new RowSliceWriter();
    const long = 'Ż'.repeat(20_000);
    writer.add({ line: 2, name: 'A', country: 'PL' });
    writer.add({ line: 3, name: long, country: 'DE' });
    expect(new PreviewRows([writer.take()]).all().map((r) => r.name)).toEqual(['A', long]);
  });
});
