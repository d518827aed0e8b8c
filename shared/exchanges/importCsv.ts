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
  const index = new Map<ImportColumn, number>();
  csv.header.forEach((title, i) => {
    const col = IMPORT_COLUMNS.find((c) => [c, ...ctx.columnNames[c]].some((n) => norm(n) === norm(title)));
    if (col && !index.has(col)) index.set(col, i);
  });
  // Whom each line is about, even when the line (or the header) is wrong.
  const read = (row: readonly string[], c: ImportColumn) => (index.has(c) ? (row[index.get(c)!] ?? '').trim() : '');
  const names = csv.rows.map((row) => ({ firstName: read(row, 'firstName'), lastName: read(row, 'lastName') }));
  // What the reader found on the header line itself (a NUL, an open quote) is named first: it is often the cause.
  const lineIssues = issuesByLine(csv);
  const headerErrors: ImportError[] = lineIssues.header.map((i) => ({ line: 1, code: i.code, count: i.count }));
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0) {
    return {
      ok: false,
      errors: [...headerErrors, ...missing.map((column) => ({ line: 1, column, code: 'columnMissing' as const }))],
      drafts: [],
      names,
    };
  }
  if (csv.rows.length === 0) return { ok: false, errors: [{ line: 1, code: 'noRows' }], drafts: [], names };

  const errors: ImportError[] = [...headerErrors];
  const total = csv.rows.length;
  const drafts = csv.rows.map((row, i) => {
    if (i > 0 && i % PROGRESS_SLICE === 0) options.onProgress?.(i, total);
    const line = csv.lines[i] ?? i + 2;
    const before = errors.length;
    for (const issue of lineIssues.of(line)) errors.push({ line, code: issue.code, count: issue.count });
    const fail = (column: ImportColumn, code: ImportErrorCode) => errors.push({ line, column, code });
    const cell = (c: ImportColumn) => read(row, c);
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
    if (errors.length > before || !birthDate || !role || !town) return null;
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
  });
  options.onProgress?.(total, total);
  if (errors.length > 0) return { ok: false, errors, drafts, names };
  return { ok: true, drafts: drafts.filter((d): d is ParticipantDraft => d !== null) };
}
