import { describe, expect, it } from 'vitest';
import { decodeText, readCsv, writeCsv } from '../../../shared/export/csv';

describe('CSV', () => {
  it('writes a BOM, semicolons and CRLF, and neutralises formula-looking cells', () => {
    const text = writeCsv([
      ['Nazwa', 'Kraj'],
      ['Łódź', 'PL'],
      ['=HYPERLINK("x")', '+48 61'],
    ]);
    expect(text.startsWith('\uFEFFNazwa;Kraj\r\n')).toBe(true);
    expect(text).toContain("'=HYPERLINK");
    expect(text).toContain("'+48 61");
  });

  it('reads back what it wrote, Polish letters intact', () => {
    const rows = [
      ['Nazwa', 'Uwagi'],
      ['Swarzędz', 'ma; średnik'],
      ['Järfälla', 'cudzysłów " w środku'],
    ];
    expect(readCsv(writeCsv(rows))).toMatchObject({ header: rows[0], rows: rows.slice(1), delimiter: ';' });
  });

  it('reads comma-separated files and pads short rows', () => {
    expect(readCsv('a,b,c\n1,2\n')).toEqual({ header: ['a', 'b', 'c'], rows: [['1', '2', '']], delimiter: ',' });
  });

  it('decodes UTF-8 with BOM, UTF-8 without, and Windows-1250', () => {
    const utf8 = new TextEncoder().encode('Łódź');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe('Łódź');
    expect(decodeText(utf8)).toBe('Łódź');
    // "Łódź" in Windows-1250: Ł=0xA3 ó=0xF3 d=0x64 ź=0x9F
    expect(decodeText(new Uint8Array([0xa3, 0xf3, 0x64, 0x9f]))).toBe('Łódź');
  });
});
