// Reading partners from a CSV: guessing the column mapping, turning each line into a partner, per-line errors.
import { issuesByLine, type CsvLineIssue, type ParsedCsv } from '../export/csv';
import { partnerDraftSchema, type Award, type Partner } from '../domain/partner';
import { fold } from '../text/fold';
import { partnerColumns, type PartnerColumn } from './columns';

/** Folded words (labels in any UI language, keys, names) mapped to the stored value. */
export interface Vocabulary {
  header: Map<string, PartnerColumn>;
  relationKind: Map<string, string>;
  status: Map<string, string>;
  area: Map<string, string>;
  funding: Map<string, string>;
  stage: Map<string, string>;
  country: Map<string, string>;
}

/** Target column -> index of the file's column, or undefined when not imported. */
export type ColumnMapping = Partial<Record<PartnerColumn, number>>;

export type PartnerDraft = Omit<Partner, 'id' | 'createdAt' | 'updatedAt'>;

export interface RowError {
  /** Missing for a problem of the whole line (cells beyond the header, control characters, an open quote). */
  column?: PartnerColumn;
  /** An i18n key under `validation.` (common or partners namespace). */
  code: string;
  value: string;
  /** How many cells or characters a line problem counts. */
  count?: number;
}

/** A problem the reader found on a line, as the row error the preview names. */
export const lineIssueError = (issue: CsvLineIssue): RowError => ({
  code: `csv.${issue.code}`,
  value: '',
  count: issue.count,
});

export interface ImportRow {
  /** The line in the file, counting the header as line 1. */
  line: number;
  draft?: PartnerDraft;
  errors: RowError[];
  duplicate?: 'existing' | 'file';
}

/** Codes the UI can name; any other schema message is shown as a generic "invalid value". */
const KNOWN_CODES = new Set([
  'required',
  'date.format',
  'date.invalid',
  'country.invalid',
  'website.invalid',
  'population.invalid',
  'relationKind.unknown',
  'status.unknown',
  'award.invalid',
  'award.year',
  'tooLong',
]);

export function guessMapping(header: readonly string[], vocabulary: Vocabulary): ColumnMapping {
  const mapping: ColumnMapping = {};
  header.forEach((h, index) => {
    const column = vocabulary.header.get(fold(h).trim());
    if (column && mapping[column] === undefined) mapping[column] = index;
  });
  return mapping;
}

const splitList = (cell: string) =>
  cell
    .split(/[,|]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** `15.05.2001` (Polish Excel) or `2001-05-15`; anything else is passed on for the schema to reject. */
export function normaliseDate(cell: string): string | undefined {
  const value = cell.trim();
  if (!value) return undefined;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (dotted) return `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}`;
  return value;
}

/** Undoes the export's formula guard: `'=SUM(A1)` reads back as `=SUM(A1)`. */
export const unneutralise = (value: string): string => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

const countrySets = new WeakMap<Vocabulary, Set<string>>();
function knownCountries(v: Vocabulary): Set<string> {
  let set = countrySets.get(v);
  if (!set) countrySets.set(v, (set = new Set(v.country.values())));
  return set;
}

/** Rows between two progress reports of a long parse. */
const PROGRESS_SLICE = 500;

export interface ParseOptions {
  /** Told after each slice of rows and once at the end: rows done of all rows. */
  onProgress?: (done: number, total: number) => void;
}

export function parsePartnerRows(
  csv: ParsedCsv,
  mapping: ColumnMapping,
  vocabulary: Vocabulary,
  options: ParseOptions = {},
): ImportRow[] {
  const lineIssues = issuesByLine(csv);
  const total = csv.rows.length;
  const rows = csv.rows.map((cells, i) => {
    if (i > 0 && i % PROGRESS_SLICE === 0) options.onProgress?.(i, total);
    const line = csv.lines[i] ?? i + 2;
    return parsePartnerRow(cells, line, lineIssues.of(line), mapping, vocabulary);
  });
  options.onProgress?.(total, total);
  return rows;
}

/** One data row as a partner draft, or its errors: first the problems the reader found on its line, if any. */
export function parsePartnerRow(
  cells: readonly string[],
  line: number,
  lineIssues: readonly CsvLineIssue[],
  mapping: ColumnMapping,
  vocabulary: Vocabulary,
): ImportRow {
  const row = parseRow(cells, line, mapping, vocabulary);
  const issues = lineIssues.map(lineIssueError);
  return issues.length > 0 ? { line, errors: [...issues, ...row.errors] } : row;
}

function parseRow(cells: readonly string[], line: number, mapping: ColumnMapping, v: Vocabulary): ImportRow {
  const errors: RowError[] = [];
  const cell = (c: PartnerColumn) => {
    const index = mapping[c];
    return index === undefined ? '' : unneutralise((cells[index] ?? '').trim());
  };
  const opt = (c: PartnerColumn) => cell(c) || undefined;
  const lookup = (c: PartnerColumn, map: Map<string, string>, code: string): string => {
    const raw = cell(c);
    const found = map.get(fold(raw));
    if (!found) errors.push({ column: c, code: raw ? code : 'required', value: raw });
    return found ?? '';
  };
  const country =
    cell('country').length === 2
      ? cell('country').toUpperCase()
      : (v.country.get(fold(cell('country'))) ?? cell('country'));
  if (country && !knownCountries(v).has(country))
    errors.push({ column: 'country', code: 'country.invalid', value: cell('country') });
  const populationText = cell('population').replace(/[\s\u00a0.]/g, '');
  let population: number | undefined;
  if (populationText) {
    population = Number(populationText);
    if (!Number.isInteger(population) || population < 0) {
      errors.push({ column: 'population', code: 'population.invalid', value: cell('population') });
      population = undefined;
    }
  }
  const awards: Award[] = [];
  for (const item of splitList(cell('awards'))) {
    const match = /^(.*\S)\s+(\d{4})$/.exec(item);
    const stage = match ? v.stage.get(fold(match[1]!)) : undefined;
    if (match && stage) awards.push({ stage: stage as Award['stage'], year: Number(match[2]) });
    else errors.push({ column: 'awards', code: 'award.invalid', value: item });
  }
  const draft = {
    name: cell('name'),
    namePl: opt('namePl'),
    country,
    region: opt('region'),
    population,
    website: opt('website'),
    languages: splitList(cell('languages')),
    relationKind: lookup('relationKind', v.relationKind, 'relationKind.unknown'),
    status: lookup('status', v.status, 'status.unknown'),
    startDate: normaliseDate(cell('startDate')),
    legalBasis: {
      resolutionNumber: opt('resolutionNumber'),
      resolutionDate: normaliseDate(cell('resolutionDate')),
      adoptedBy: opt('adoptedBy'),
      signedDate: normaliseDate(cell('signedDate')),
    },
    areas: splitList(cell('areas')).map((a) => v.area.get(fold(a)) ?? a),
    funding: splitList(cell('funding')).map((f) => v.funding.get(fold(f)) ?? f),
    awards,
    notes: opt('notes'),
  };
  const parsed = partnerDraftSchema.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = columnOfPath(issue.path);
      if (errors.some((e) => e.column === column)) continue;
      const code = KNOWN_CODES.has(issue.message) ? issue.message : issue.code === 'too_big' ? 'tooLong' : 'invalid';
      errors.push({ column, code, value: cell(column) });
    }
  }
  if (errors.length > 0 || !parsed.success) return { line, errors };
  return { line, draft: parsed.data, errors };
}

function columnOfPath(path: readonly PropertyKey[]): PartnerColumn {
  const [first, second] = path.map(String);
  const candidate = first === 'legalBasis' ? second : first;
  return partnerColumns.find((c) => c === candidate) ?? 'name';
}

/**
 * A partner's name and country as one key. Joined rather than concatenated: a file's reading keeps the key of every
 * line, and a concatenated key is kept as three strings (the join and its parts), about twice the heap of one.
 */
export const duplicateKey = (name: string, country: string): string =>
  [fold(name).trim(), country.toUpperCase()].join('|');

/** Marks rows whose name and country match a stored partner, or an earlier row of the same file. */
export function markDuplicates(rows: ImportRow[], existing: readonly { name: string; country: string }[]): ImportRow[] {
  return rows.map(duplicateMarker(existing));
}

/** markDuplicates one row at a time, in file order: remembers only the keys of the rows seen so far. */
export function duplicateMarker(existing: readonly { name: string; country: string }[]): (row: ImportRow) => ImportRow {
  const stored = new Set(existing.map((p) => duplicateKey(p.name, p.country)));
  const seen = new Set<string>();
  return (row) => {
    if (!row.draft) return row;
    const key = duplicateKey(row.draft.name, row.draft.country);
    const duplicate = stored.has(key) ? 'existing' : seen.has(key) ? 'file' : undefined;
    seen.add(key);
    return duplicate ? { ...row, duplicate } : row;
  };
}
