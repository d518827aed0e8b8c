import { describe, expect, it } from 'vitest';
import { decodeText, issuesByLine, readCsv, writeCsv } from '../../../shared/export/csv';

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
    expect(readCsv('a,b,c\n1,2\n')).toEqual({
      header: ['a', 'b', 'c'],
      rows: [['1', '2', '']],
      lines: [2],
      issues: [],
      delimiter: ',',
    });
  });

  it('decodes UTF-8 with BOM, UTF-8 without, and Windows-1250', () => {
    const utf8 = new TextEncoder().encode('Łódź');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe('Łódź');
    expect(decodeText(utf8)).toBe('Łódź');
    // "Łódź" in Windows-1250: Ł=0xA3 ó=0xF3 d=0x64 ź=0x9F
    expect(decodeText(new Uint8Array([0xa3, 0xf3, 0x64, 0x9f]))).toBe('Łódź');
  });

  it('reads CRLF, LF and CR line ends mixed in one file as separate records, keeping a quoted cell’s own line end', () => {
    const text = 'Nazwa;Kraj;Uwagi\r\nRonnenberg;DE;a\nDuclair;FR;"dwa\r\nwiersze"\rJärfälla;SE;c\r\n\r\nTymbark;PL;d';
    const csv = readCsv(text);
    expect(csv.rows).toEqual([
      ['Ronnenberg', 'DE', 'a'],
      ['Duclair', 'FR', 'dwa\r\nwiersze'],
      ['Järfälla', 'SE', 'c'],
      ['Tymbark', 'PL', 'd'],
    ]);
    // Duclair's quoted note spans lines 3 and 4; the blank line 6 is skipped.
    expect(csv.lines).toEqual([2, 3, 5, 7]);
    expect(csv.issues).toEqual([]);
  });

  it('reports cells beyond the header, control characters and an open quote on their lines', () => {
    const csv = readCsv('Nazwa;Kraj\nDuclair;FR;;\nRonn\u0000berg;DE;x;y\rJärfälla;"SE\nTymbark;PL');
    expect(csv.rows.map((r) => r[0])).toEqual(['Duclair', 'Ronn\u0000berg', 'Järfälla']);
    expect(csv.issues).toEqual([
      { line: 3, code: 'extraCells', count: 2 },
      { line: 3, code: 'controlChars', count: 1 },
      { line: 4, code: 'quotes' },
    ]);
    expect(
      issuesByLine(csv)
        .of(3)
        .map((i) => i.code),
    ).toEqual(['extraCells', 'controlChars']);
  });

  it('names a problem of the header line apart from the data lines', () => {
    const csv = readCsv('Naz\u0000wa;Kraj\r\nDuclair;FR\r\n');
    expect(issuesByLine(csv).header).toEqual([{ line: 1, code: 'controlChars', count: 1 }]);
    expect(issuesByLine(csv).of(2)).toEqual([]);
  });
});
