// Pure upgrades of older backups: file formats step by step to the current one, records schema by schema.
import { migrateTables, schemaVersions, type SchemaVersion, type TableRows } from '../db/versions';
import { BackupError } from './errors';
import { backupTableNames, type BackupTableName } from './tables';

type Json = Record<string, unknown>;

/** Turns a file of format n into format n + 1. Each step is pure and tested with a fixture of its format. */
export type FormatStep = (doc: Json) => Json;
/** Turns the raw rows of schema version n into those of n + 1, as the Dexie upgrade of n + 1 does. */
export type SchemaStep = (tables: Record<BackupTableName, unknown[]>) => Record<BackupTableName, unknown[]>;

/**
 * Format 1 is the first published format: no step yet. Adding format 2 means adding
 * `1: (doc) => …` here and a fixture file of format 1 under tests/unit/backup/fixtures.
 */
export const formatSteps: Readonly<Record<number, FormatStep>> = {};

/**
 * Version n -> the step from n to n + 1, derived from the schema versions (shared/db/versions.ts): the
 * same migration the Dexie upgrade runs, keeping only the tables a backup holds.
 */
export const schemaSteps: Readonly<Record<number, SchemaStep>> = schemaStepsOf(schemaVersions);

export function schemaStepsOf(versions: readonly SchemaVersion[]): Readonly<Record<number, SchemaStep>> {
  return Object.fromEntries(
    versions.slice(1).map((version) => [
      version.version - 1,
      (tables: Record<BackupTableName, unknown[]>) => {
        const next = migrateTables(version, tables as unknown as TableRows);
        return Object.fromEntries(backupTableNames.map((t) => [t, next[t] ?? []])) as Record<
          BackupTableName,
          unknown[]
        >;
      },
    ]),
  );
}

function run<T>(
  value: T,
  from: number,
  to: number,
  steps: Readonly<Record<number, (v: T) => T>>,
  newer: () => BackupError,
): T {
  if (from > to) throw newer();
  let current = value;
  for (let version = from; version < to; version++) {
    const step = steps[version];
    if (!step) throw new BackupError('notBackup', { version });
    current = step(current);
  }
  return current;
}

export function upgradeFormat(doc: Json, from: number, to: number, steps = formatSteps, appVersion?: string): Json {
  return run(doc, from, to, steps, () => new BackupError('newerFormat', { version: appVersion ?? from }));
}

export function upgradeSchema(
  tables: Record<BackupTableName, unknown[]>,
  from: number,
  to: number,
  steps = schemaSteps,
  appVersion?: string,
): Record<BackupTableName, unknown[]> {
  return run(tables, from, to, steps, () => new BackupError('newerSchema', { version: appVersion ?? from }));
}
