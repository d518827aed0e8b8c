// Reads a plain backup: size, JSON, versions (older upgraded, newer refused), checksum, every record, every link.
import { base64ToBytes } from './base64';
import { BackupError } from './errors';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MAX_BACKUP_BYTES,
  assertBackupFits,
  backupHeaderSchema,
  type BackupHeader,
} from './format';
import { checkReferences, checkUniqueKeys } from './references';
import { checksumOf } from './write';
import { backupTableNames, backupTableSchemas, primaryKeyOf, type BackupTableName, type BackupTables } from './tables';
import { formatSteps, schemaSteps, upgradeFormat, upgradeSchema, type FormatStep, type SchemaStep } from './upgrade';

/** A field the file's records hold that this app does not keep: listed before the restore drops it. */
export interface UnknownField {
  table: BackupTableName;
  /** The field's path, `legalBasis.extra` for a nested one. */
  field: string;
  /** How many records hold it. */
  count: number;
}

export interface ParsedBackup {
  header: BackupHeader;
  tables: BackupTables;
  unknownFields: UnknownField[];
}

export interface ParseOptions {
  /** The schema version of this app's database. */
  schemaVersion: number;
  /**
   * This app's version. A backup written by a newer version is refused even with the same schema: its
   * records may carry fields this version does not know, and validation here would drop them unseen.
   */
  appVersion?: string;
  maxBytes?: number;
  formatSteps?: Readonly<Record<number, FormatStep>>;
  schemaSteps?: Readonly<Record<number, SchemaStep>>;
  /** Told how many records have been checked so far, of how many. */
  onRecords?: (done: number, total: number) => void;
  /** The checksum of the file's tables text as read (`readBackupDocument`), taken as the file was parsed. */
  fileChecksum?: string;
}

/** Decodes UTF-8 strictly: a file that is not text is not a backup. */
export function decodeBackupBytes(bytes: Uint8Array, maxBytes = MAX_BACKUP_BYTES): string {
  if (bytes.byteLength > maxBytes) throw new BackupError('tooLarge');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BackupError('notJson');
  }
}

export function parseJsonObject(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupError('notJson');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new BackupError('notBackup');
  return value as Record<string, unknown>;
}

/** `major.minor.patch` compared as numbers; a version that is not one (a development build) is never newer. */
export function isNewerVersion(version: string, than: string | undefined): boolean {
  const parse = (v: string | undefined) =>
    /^(\d+)\.(\d+)\.(\d+)/
      .exec(v ?? '')
      ?.slice(1)
      .map(Number);
  const a = parse(version);
  const b = parse(than);
  if (!a || !b) return false;
  const diff = a.map((n, i) => n - b[i]!).find((d) => d !== 0) ?? 0;
  return diff > 0;
}

export async function parseBackup(text: string, options: ParseOptions): Promise<ParsedBackup> {
  assertBackupFits(text, options.maxBytes);
  return parseBackupObject(parseJsonObject(text), options);
}

/**
 * Checks a backup's parsed object whole; its tables' rows are used up on the way (see validateTables). `asRead`: the
 * checker that already took the rows as the file was read, when it did.
 */
export async function parseBackupObject(
  raw: Record<string, unknown>,
  options: ParseOptions,
  asRead?: RowsAsRead,
): Promise<ParsedBackup> {
  const checkedAsRead = asRead?.checking === true;
  if (raw.format !== BACKUP_FORMAT) throw new BackupError('notBackup');
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new BackupError('damagedHeader');
  const appVersion = typeof raw.appVersion === 'string' ? raw.appVersion.slice(0, 40) : undefined;
  const doc = upgradeFormat(raw, version, BACKUP_FORMAT_VERSION, options.formatSteps ?? formatSteps, appVersion);
  const header = backupHeaderSchema.safeParse(doc);
  if (!header.success) throw new BackupError('damagedHeader');
  if (header.data.schemaVersion > options.schemaVersion || isNewerVersion(header.data.appVersion, options.appVersion)) {
    throw new BackupError('newerSchema', { version: header.data.appVersion });
  }
  // Rows checked as read were checked for this format and schema: a header that says otherwise in the end is broken.
  if (checkedAsRead && (version !== BACKUP_FORMAT_VERSION || header.data.schemaVersion !== options.schemaVersion)) {
    throw new BackupError('damagedHeader');
  }
  const rawTables = doc.tables;
  if (rawTables === null || typeof rawTables !== 'object' || Array.isArray(rawTables))
    throw new BackupError('damagedHeader');
  if (version === BACKUP_FORMAT_VERSION) {
    // The file's own tables text when it was given and matches; else the tables as parsed, written out again (never
    // rows checked as read: the file's own text is what they were read from).
    const matches =
      options.fileChecksum === header.data.checksum ||
      (!checkedAsRead && checksumOf(header.data, JSON.stringify(rawTables)) === header.data.checksum);
    if (!matches) throw new BackupError('checksum');
  }
  const tableMap = rawTables as Record<string, unknown>;
  for (const name of Object.keys(tableMap)) {
    if (!(backupTableNames as string[]).includes(name))
      throw new BackupError('invalidRecord', { table: name.slice(0, 64) });
  }
  for (const name of backupTableNames) {
    if (!Array.isArray(tableMap[name])) throw new BackupError('invalidRecord', { table: name });
    if (header.data.counts[name] !== tableMap[name].length) throw new BackupError('countMismatch', { table: name });
  }
  const upgraded = upgradeSchema(
    tableMap as Record<BackupTableName, unknown[]>,
    header.data.schemaVersion,
    options.schemaVersion,
    options.schemaSteps ?? schemaSteps,
    header.data.appVersion,
  );
  const unknownFields: UnknownField[] = [];
  const tables = checkedAsRead
    ? asRead.finish(upgraded, unknownFields)
    : validateTables(upgraded, unknownFields, options.onRecords);
  checkUniqueKeys(tables);
  checkReferences(tables);
  return { header: header.data, tables, unknownFields };
}

function keyOf(table: BackupTableName, row: unknown, index: number): string {
  const value = row && typeof row === 'object' ? (row as Record<string, unknown>)[primaryKeyOf(table)] : undefined;
  return typeof value === 'string' ? value.slice(0, 64) : `#${index + 1}`;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array);

/** Paths present in `raw` that the schema's output left out (zod drops unknown keys). */
function droppedPaths(raw: unknown, parsed: unknown, prefix: string, into: Set<string>): void {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    raw.forEach((item, i) => droppedPaths(item, parsed[i], prefix, into));
    return;
  }
  if (!isPlainObject(raw) || !isPlainObject(parsed)) return;
  for (const key of Object.keys(raw)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!Object.hasOwn(parsed, key)) into.add(path.slice(0, 100));
    else droppedPaths(raw[key], parsed[key], path, into);
  }
}

/** Each table's dropped fields, by path: how many rows held each. */
type DroppedCounts = Map<BackupTableName, Map<string, number>>;

/** One row through its table's schema: the row to store, or the BackupError that refuses the file. */
function checkRow(table: BackupTableName, row: unknown, index: number, dropped: DroppedCounts): unknown {
  let input = row;
  if (table === 'attachments' && row && typeof row === 'object') {
    const data = (row as Record<string, unknown>).data;
    const bytes = typeof data === 'string' ? base64ToBytes(data) : null;
    if (!bytes) throw new BackupError('invalidRecord', { table, key: keyOf(table, row, index), field: 'data' });
    input = { ...row, data: bytes };
  }
  const parsed = backupTableSchemas[table].safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupError('invalidRecord', {
      table,
      key: keyOf(table, row, index),
      field: issue ? issue.path.join('.').slice(0, 100) : undefined,
    });
  }
  const paths = new Set<string>();
  droppedPaths(input, parsed.data, '', paths);
  if (paths.size > 0) {
    const counts = dropped.get(table) ?? new Map<string, number>();
    dropped.set(table, counts);
    for (const path of paths) counts.set(path, (counts.get(path) ?? 0) + 1);
  }
  return parsed.data;
}

/** The dropped fields in the tables' order, as the restore preview lists them. */
function listDropped(dropped: DroppedCounts, into: UnknownField[]): void {
  for (const table of backupTableNames) {
    for (const [field, count] of dropped.get(table) ?? []) into.push({ table, field, count });
  }
}

/**
 * Every row through its domain schema; the stored row is the parsed one. Dropped fields are counted. The rows given
 * are used up: each is let go (set to null) once it is checked.
 */
function validateTables(
  raw: Record<BackupTableName, unknown[]>,
  unknown: UnknownField[],
  onRecords?: (done: number, total: number) => void,
): BackupTables {
  const out: Record<string, unknown[]> = {};
  const dropped: DroppedCounts = new Map();
  const total = backupTableNames.reduce((sum, table) => sum + raw[table].length, 0);
  let done = 0;
  onRecords?.(0, total);
  for (const table of backupTableNames) {
    const rows = raw[table];
    out[table] = rows.map((row, index) => {
      const checked = checkRow(table, row, index, dropped);
      if (++done % 1000 === 0) onRecords?.(done, total);
      // The file's row is let go once checked: a large file's rows are never held twice.
      rows[index] = null;
      return checked;
    });
  }
  listDropped(dropped, unknown);
  return out as unknown as BackupTables;
}

const isTableName = (name: string): name is BackupTableName => (backupTableNames as string[]).includes(name);

/**
 * Checks each row of a plain backup as the file is read (`readBackupDocument`'s `keep`), so the row as read is let go
 * at once: a large file's records are never held twice. Only for a file laid out as this app writes it, whose header,
 * read before its tables, needs no upgrade; otherwise the rows are kept as read and checked whole afterwards. The first
 * refusal waits until the header's own checks have passed (`finish`), as for a file checked whole.
 */
export class RowsAsRead {
  /** Decided at the file's first row: true when its rows are checked as they are read. */
  checking: boolean | undefined;
  private refusal: BackupError | undefined;
  private readonly dropped: DroppedCounts = new Map();
  private readonly indexes = new Map<BackupTableName, number>();
  private done = 0;
  private total = 1;

  constructor(private readonly options: ParseOptions) {}

  readonly keep = (table: string, row: unknown, root: Record<string, unknown>, asWritten: boolean): unknown => {
    if (this.checking === undefined) this.decide(root, asWritten);
    if (!this.checking || !isTableName(table)) return row;
    const index = this.indexes.get(table) ?? 0;
    this.indexes.set(table, index + 1);
    if (this.refusal) return null;
    try {
      const checked = checkRow(table, row, index, this.dropped);
      if (++this.done % 1000 === 0) this.options.onRecords?.(this.done, this.total);
      return checked;
    } catch (error) {
      this.refusal = error instanceof BackupError ? error : new BackupError('notBackup');
      return null;
    }
  };

  /** The checked tables, or the first refusal; the dropped fields go to `unknown`. */
  finish(tables: Record<BackupTableName, unknown[]>, unknown: UnknownField[]): BackupTables {
    if (this.refusal) throw this.refusal;
    this.options.onRecords?.(this.done, Math.max(this.done, 1));
    listDropped(this.dropped, unknown);
    return tables as unknown as BackupTables;
  }

  private decide(root: Record<string, unknown>, asWritten: boolean): void {
    this.checking =
      asWritten &&
      root.format === BACKUP_FORMAT &&
      root.formatVersion === BACKUP_FORMAT_VERSION &&
      root.schemaVersion === this.options.schemaVersion;
    if (!this.checking) return;
    const counts = root.counts && typeof root.counts === 'object' ? Object.values(root.counts) : [];
    this.total = Math.max(
      1,
      counts.reduce<number>((sum, n) => sum + (typeof n === 'number' ? n : 0), 0),
    );
    this.options.onRecords?.(0, this.total);
  }
}
