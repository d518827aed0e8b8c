// File names suggested to save dialogs: whatever the renderer suggests, the name stays in the chosen folder
// on Windows, macOS and Linux, and is a name Windows accepts.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../electron/fileName';

const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])[\s.]*(\..*)?$/i;
// prettier-ignore
// eslint-disable-next-line no-control-regex -- the test looks for control characters
const FORBIDDEN_CHARS = /[/\\:*?"<>|\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\uff0f\uff3c\uff1a]/;
const bytes = (s: string) => new TextEncoder().encode(s).length;

/** The checks every cleaned name must pass. */
function expectSafe(name: string) {
  expect(name.length).toBeGreaterThan(0);
  expect(name).not.toMatch(FORBIDDEN_CHARS);
  expect(name).not.toMatch(/\p{Cs}/u);
  expect(name).not.toMatch(RESERVED);
  expect(name).not.toMatch(/[\s.]$/);
  expect(name).not.toMatch(/^[\s.]/);
  expect(bytes(name)).toBeLessThanOrEqual(200);
  for (const [flavour, folder] of [
    [path.posix, '/home/ola/Dokumenty'],
    [path.win32, 'C:\\Users\\Ola\\Documents'],
  ] as const) {
    const target = flavour.join(folder, name);
    expect(flavour.dirname(target)).toBe(folder);
    expect(flavour.basename(target)).toBe(name);
    expect(flavour.isAbsolute(name)).toBe(false);
  }
}

/** Strings made of the characters that cause trouble, mixed with ordinary text and Polish letters. */
const hostileName = fc
  .array(
    fc.oneof(
      // prettier-ignore
      fc.constantFrom(
        '/', '\\', '..', '.', ' ', ':', '*', '?', '"', '<', '>', '|', '\u0000', '\n', '\r', '\t', '\u007f', '\u0085',
        'CON', 'nul', 'COM1', 'lpt9', 'AUX', 'PRN', 'CONIN$', 'com¹', '.txt', '.pdf', 'C:', '\\\\?\\', '~',
        '\u202e', '\u2066', '\u200f', '\u2028', '\uff0f', '\uff3c', '\uff1a', '\ud800', '\udfff', '\u00a0', '\u3000',
        'Łódź', 'Żółć', 'delegacja', '📁', 'e\u0301',
      ),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('safeFileName', () => {
  it('keeps an ordinary Polish name as it is', () => {
    expect(safeFileName('Teczka delegacji — Łódź 2026.pdf')).toBe('Teczka delegacji — Łódź 2026.pdf');
    expect(safeFileName('partnerzy.csv')).toBe('partnerzy.csv');
  });

  it.each([
    ['../../etc/passwd', 'etc_passwd'],
    ['..\\..\\Windows\\win.ini', 'Windows_win.ini'],
    ['C:\\Users\\Ola\\x.csv', 'C__Users_Ola_x.csv'],
    ['/etc/shadow', 'etc_shadow'],
    ['raport\u0000.pdf\u0007', 'raport.pdf'],
    ['wizyta.\n', 'wizyta'],
    ['notatka. . .', 'notatka'],
    ['   .hidden', 'hidden'],
    ['CON', '_CON'],
    ['con.txt', '_con.txt'],
    ['NUL.tar.gz', '_NUL.tar.gz'],
    ['COM1', '_COM1'],
    ['lpt3.csv', '_lpt3.csv'],
    ['CONIN$', '_CONIN$'],
    ['aux .csv', '_aux .csv'],
    ['', 'export'],
    ['...', 'export'],
    ['///', 'export'],
    ['faktura\u202efdp.exe', 'fakturafdp.exe'],
    ['a\uff0fb\uff3cc\uff1ad.txt', 'a_b_c_d.txt'],
  ])('cleans %j to %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
    expectSafe(safeFileName(input));
  });

  it('shortens an over-long name to 200 bytes and keeps its extension', () => {
    const name = safeFileName(`${'Żółw'.repeat(100)}.xlsx`);
    expect(bytes(name)).toBeLessThanOrEqual(200);
    expect(name.endsWith('.xlsx')).toBe(true);
    expect(name.startsWith('Żółw')).toBe(true);
  });

  it('never cuts a character in half when shortening', () => {
    const name = safeFileName(`${'📁'.repeat(80)}.pdf`);
    expect(name).not.toMatch(/\p{Cs}/u);
    expect(name).toMatch(/^(📁)+\.pdf$/u);
  });

  it('uses the caller’s fallback when nothing is left', () => {
    expect(safeFileName('..', 'dossier.pdf')).toBe('dossier.pdf');
  });

  it('gives, for any generated suggestion, a name that stays in the chosen folder', () => {
    fc.assert(
      fc.property(hostileName, (suggested) => {
        expectSafe(safeFileName(suggested));
      }),
      { numRuns: 3000 },
    );
  });

  it('is stable: cleaning a cleaned name changes nothing', () => {
    fc.assert(
      fc.property(hostileName, (suggested) => {
        const once = safeFileName(suggested);
        expect(safeFileName(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});
