// Checking a CSV of participants before anything is stored: every line becomes a participant or a
// list of errors naming the line and column; a file with any error imports nothing.
import type { z } from 'zod';
import { issuesByLine, type CsvLineIssue, type ParsedCsv } from '../export/csv';
import {
  consentKinds,
  participantRoles,
  participantDraftSchema,
  phoneSchema,
  type ParticipantRole,
  type TownRef,
} from '../domain';
import { isRealDate } from '../domain/common';
import { isMinorOn } from './age';

export const IMPORT_COLUMNS = [
  'lastName',
  'firstName',
  'birthDate',
  'role',
  'sendingTown',
  'guardianName',
  'guardianPhone',
  'travelDocumentExpiry',
  'parentalConsentOn',
  'parentalConsentBy',
  'imageConsentOn',
  'imageConsentBy',
  'medicalConsentOn',
  'medicalConsentBy',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED: ImportColumn[] = ['lastName', 'firstName', 'birthDate', 'role', 'sendingTown'];

export type ParticipantDraft = z.input<typeof participantDraftSchema>;

export type ImportErrorCode =
  | 'required'
  | 'date'
  | 'role'
  | 'town'
  | 'guardian'
  | 'consent'
  | 'phone'
  | 'invalid'
  | 'columnMissing'
  | 'noRows'
  | CsvLineIssue['code'];

export interface ImportError {
  /** Line in the file: 1 is the header. */
  line: number;
  column?: ImportColumn;
  code: ImportErrorCode;
  /** Cells beyond the header or control characters counted on the line. */
  count?: number;
}

export interface ImportContext {
  eventId: string;
  occurrence: string;
  firstDay: string;
  /** Header titles that name each column (in either language, plus the key itself). */
  columnNames: Record<ImportColumn, readonly string[]>;
  roleNames: Record<ParticipantRole, readonly string[]>;
  towns: readonly { ref: TownRef; name: string }[];
}

export type ImportResult =
  | { ok: true; drafts: ParticipantDraft[] }
  | { ok: false; errors: ImportError[]; drafts: (ParticipantDraft | null)[]; names: LineName[] };

/** The name a line gives, as read (trimmed; empty when the cell or its column is missing). */
export interface LineName {
  firstName: string;
  lastName: string;
}

const norm = (s: string) => s.trim().toLocaleLowerCase('pl').replace(/\s+/g, ' ');

/** `YYYY-MM-DD`, or `D.M.YYYY` as Polish spreadsheets write it; undefined when neither. */
export function parseDay(value: string): string | undefined {
  const v = value.trim();
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  const isoDay = dotted ? `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}` : v;
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDay) && isRealDate(isoDay) ? isoDay : undefined;
}

/** Rows between two progress reports of a long check. */
const PROGRESS_SLICE = 500;

export interface ValidateOptions {
  /** Told after each slice of rows and once at the end: rows checked of all rows. */
  onProgress?: (done: number, total: number) => void;
}

export function validateImport(csv: ParsedCsv, ctx: ImportContext, options: ValidateOptions = {}): ImportResult {
  const lineIssues = issuesByLine(csv);
  const reader = participantReader(csv.header, lineIssues.header, ctx);
  const names = csv.rows.map(reader.name);
  if (!reader.complete) return { ok: false, errors: reader.headerErrors, drafts: [], names };
  if (csv.rows.length === 0) return { ok: false, errors: [NO_ROWS], drafts: [], names };
  const errors: ImportError[] = [...reader.headerErrors];
  const total = csv.rows.length;
  const drafts = csv.rows.map((row, i) => {
    if (i > 0 && i % PROGRESS_SLICE === 0) options.onProgress?.(i, total);
    const line = csv.lines[i] ?? i + 2;
    const checked = reader.check(row, line, lineIssues.of(line));
    errors.push(...checked.errors);
    return checked.draft;
  });
  options.onProgress?.(total, total);
  if (errors.length > 0) return { ok: false, errors, drafts, names };
  return { ok: true, drafts: drafts.filter((d): d is ParticipantDraft => d !== null) };
}

/** What a file with a header and no rows gets. */
export const NO_ROWS: ImportError = { line: 1, code: 'noRows' };

export interface ParticipantReader {
  /** What the reader found on the header line itself (a NUL, an open quote), named first, then missing columns. */
  headerErrors: ImportError[];
  /** Every required column is there; rows are checked only then. */
  complete: boolean;
  name: (row: readonly string[]) => LineName;
  /** One data row as a draft, or null and its errors: the line's reading problems first. */
  check: (
    row: readonly string[],
    line: number,
    lineIssues: readonly CsvLineIssue[],
  ) => { draft: ParticipantDraft | null; errors: ImportError[] };
}

/** validateImport one row at a time, for the file's header: rows can be checked as they are read. */
export function participantReader(
  header: readonly string[],
  headerIssues: readonly CsvLineIssue[],
  ctx: ImportContext,
): ParticipantReader {
  const index = new Map<ImportColumn, number>();
  header.forEach((title, i) => {
    const col = IMPORT_COLUMNS.find((c) => [c, ...ctx.columnNames[c]].some((n) => norm(n) === norm(title)));
    if (col && !index.has(col)) index.set(col, i);
  });
  // Whom each line is about, even when the line (or the header) is wrong.
  const read = (row: readonly string[], c: ImportColumn) => (index.has(c) ? (row[index.get(c)!] ?? '').trim() : '');
  const missing = REQUIRED.filter((c) => !index.has(c));
  return {
    headerErrors: [
      ...headerIssues.map((i): ImportError => ({ line: 1, code: i.code, count: i.count })),
      ...missing.map((column): ImportError => ({ line: 1, column, code: 'columnMissing' })),
    ],
    complete: missing.length === 0,
    name: (row) => ({ firstName: read(row, 'firstName'), lastName: read(row, 'lastName') }),
    check: (row, line, lineIssues) => {
      const errors: ImportError[] = lineIssues.map((issue) => ({ line, code: issue.code, count: issue.count }));
      const draft = checkRow(line, ctx, errors, (c) => read(row, c));
      return { draft, errors };
    },
  };
}

/** The row's draft, or null with its errors added to `errors` (which holds the line's reading problems already). */
function checkRow(
  line: number,
  ctx: ImportContext,
  errors: ImportError[],
  cell: (c: ImportColumn) => string,
): ParticipantDraft | null {
  const fail = (column: ImportColumn, code: ImportErrorCode) => errors.push({ line, column, code });
  const optionalDay = (c: ImportColumn) => {
    if (!cell(c)) return undefined;
    const d = parseDay(cell(c));
    if (!d) fail(c, 'date');
    return d;
  };
  for (const c of REQUIRED) if (!cell(c)) fail(c, 'required');
  const birthDate = cell('birthDate') ? optionalDay('birthDate') : undefined;
  const roleText = norm(cell('role'));
  const role = participantRoles.find((r) => [r, ...ctx.roleNames[r]].some((n) => norm(n) === roleText));
  if (cell('role') && !role) fail('role', 'role');
  const town = ctx.towns.find((t) => norm(t.name) === norm(cell('sendingTown')));
  if (cell('sendingTown') && !town) fail('sendingTown', 'town');
  const guardianPhone = cell('guardianPhone') || undefined;
  if (guardianPhone && !phoneSchema.safeParse(guardianPhone).success) fail('guardianPhone', 'phone');
  const guardianName = cell('guardianName') || undefined;
  if (
    birthDate &&
    role === 'participant' &&
    isMinorOn({ birthDate, birthYear: 0 }, ctx.firstDay) &&
    (!guardianName || !guardianPhone)
  ) {
    fail(guardianName ? 'guardianPhone' : 'guardianName', 'guardian');
  }
  const consents: ParticipantDraft['consents'] = {};
  for (const kind of consentKinds) {
    const onCol = `${kind}ConsentOn` as const;
    const byCol = `${kind}ConsentBy` as const;
    const givenOn = optionalDay(onCol);
    const givenBy = cell(byCol);
    if (Boolean(cell(onCol)) !== Boolean(givenBy)) fail(cell(onCol) ? byCol : onCol, 'consent');
    else if (givenOn && givenBy) consents[kind] = { givenOn, givenBy };
  }
  const travelDocumentExpiry = optionalDay('travelDocumentExpiry');
  if (errors.length > 0 || !birthDate || !role || !town) return null;
  const draft: ParticipantDraft = {
    eventId: ctx.eventId,
    occurrence: ctx.occurrence,
    firstName: cell('firstName'),
    lastName: cell('lastName'),
    birthDate,
    birthYear: Number(birthDate.slice(0, 4)),
    role,
    sendingTown: town.ref,
    guardianName,
    guardianPhone,
    status: 'registered',
    consents,
    travelDocumentExpiry,
  };
  const parsed = participantDraftSchema.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = IMPORT_COLUMNS.find((c) => c === issue.path[0]);
      errors.push({ line, column, code: 'invalid' });
    }
    return null;
  }
  return draft;
}
