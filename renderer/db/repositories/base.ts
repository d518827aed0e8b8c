// What every repository shares: ids, timestamps, and validation against the domain schema.
import type { z } from 'zod';
import { ValidationError } from '../errors';
import { currentTime } from '../../app/today';

/** A record as callers hand it to a repository: schema input, without id or stamps required. */
export type Input<S extends z.ZodType> = Omit<z.input<S>, 'id' | 'createdAt' | 'updatedAt'> & {
  id?: string;
  createdAt?: string;
};

export const newId = (): string => crypto.randomUUID();
export const nowIso = (): string => currentTime().toISOString();

/** Parses a record with its schema; the stored row is the parsed one (defaults filled, trimmed). */
export function validate<S extends z.ZodType>(schema: S, record: unknown): z.output<S> {
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    throw new ValidationError(
      parsed.error.issues.map((i) => ({
        path: i.path.join('.'),
        message: i.message,
        code: i.code,
        minimum: 'minimum' in i ? i.minimum : undefined,
      })),
    );
  }
  return parsed.data;
}

/** Stamps a new or changed record with creation and update times. */
export function stamped<T extends { createdAt?: string }>(record: T): T & { createdAt: string; updatedAt: string } {
  const now = nowIso();
  return { ...record, createdAt: record.createdAt ?? now, updatedAt: now };
}
