// Column widths for the Word dossier's tables: every word fits its column where the page allows, the rest is shared out.

/** Twips (1/20 pt) per em of a font `halfPoints` big. */
const emTwips = (halfPoints: number) => halfPoints * 10;

/**
 * A character's width in ems, rounded up by class to its Arial / Liberation Sans advance: wider than Calibri, and
 * what LibreOffice draws where Calibri and Carlito are missing, so a word that fits here fits in each of them.
 * Accented letters take their base letter's class; bold adds a tenth, Arial Bold's widest step over the regular.
 */
function charEms(ch: string): number {
  if (/\s/.test(ch) || "ijlI.,:;|!'`".includes(ch)) return 0.28;
  if ('ft()[]{}-/\\"*'.includes(ch)) return 0.34;
  if (ch === 'r') return 0.36;
  if ('mw'.includes(ch)) return 0.84;
  if ('MW%—'.includes(ch)) return 0.95;
  if (ch === '@') return 1.02;
  if (ch === 'ß') return 0.62;
  if ('GOQ'.includes(ch.normalize('NFD')[0] ?? ch)) return 0.78;
  // Upper-case letters of any alphabet (Ł, Ś, Ü): letters whose lower-case form differs.
  if (ch !== ch.toLowerCase()) return 0.73;
  return 0.56;
}

/** The width of `text` on one line, in twips, at `halfPoints` (Word's run size unit), regular or bold. */
export function textTwips(text: string, halfPoints: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += charEms(ch);
  return Math.ceil(ems * emTwips(halfPoints) * (bold ? 1.1 : 1));
}

/**
 * The pieces a line may break between: at spaces, and after a hyphen followed by a letter (Word and LibreOffice
 * both break `Kowalska-Nowak` there). An e-mail address or a number stays whole.
 */
export const words = (text: string): string[] =>
  text
    .split(/\s+/)
    .flatMap((w) => w.split(/(?<=\p{L}-)(?=\p{L})/u))
    .filter((w) => w !== '');

export interface ColumnLayout {
  /** The header row, drawn bold. */
  columns: string[];
  rows: string[][];
  /** Columns whose values must stay on one line (times, numbers). */
  compact?: number[];
  /** The table's run size in half-points. */
  halfPoints: number;
  /** Space between a cell's border and its text, left plus right, in twips. */
  cellPadding: number;
  /** The width the table spans: the page's text width, in twips. */
  total: number;
}

/**
 * Grid widths (twips, summing exactly to `total`) as a browser's automatic table layout shares them: each column
 * gets at least its longest word, and the space left goes to columns in proportion to how much their longest
 * line would still need. When even the longest words do not fit, the columns share the width by those words.
 */
export function columnWidths(t: ColumnLayout): { widths: number[]; fits: boolean } {
  const bold = (text: string) => textTwips(text, t.halfPoints, true);
  const n = t.columns.length;
  const min: number[] = [];
  const max: number[] = [];
  for (let i = 0; i < n; i++) {
    const compact = t.compact?.includes(i) ?? false;
    const cells = t.rows.map((r) => r[i] ?? '');
    const header = t.columns[i] ?? '';
    const pieces = (text: string) => (compact ? [text] : words(text));
    const longestWord = Math.max(
      0,
      ...pieces(header).map(bold),
      ...cells.flatMap(pieces).map((w) => textTwips(w, t.halfPoints)),
    );
    const longestLine = Math.max(bold(header), ...cells.map((c) => textTwips(c, t.halfPoints)));
    min.push(longestWord + t.cellPadding);
    max.push(Math.max(longestWord, longestLine) + t.cellPadding);
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const minSum = sum(min);
  const maxSum = sum(max);
  let widths: number[];
  if (minSum >= t.total) {
    widths = min.map((m) => (m / minSum) * t.total);
  } else if (maxSum <= t.total) {
    widths = max.map((m) => (m / maxSum) * t.total);
  } else {
    const spare = t.total - minSum;
    widths = min.map((m, i) => m + ((max[i]! - m) / (maxSum - minSum)) * spare);
  }
  const rounded = widths.map(Math.floor);
  // The rounding remainder goes to the widest column, so the grid spans the text width to the twip.
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest]! += t.total - sum(rounded);
  return { widths: rounded, fits: minSum <= t.total };
}
