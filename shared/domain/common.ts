// Building blocks shared by every domain schema: ids, calendar dates, money, closed-union helpers.
import { z } from 'zod';

/** Record ids are random UUIDs made by the renderer (crypto.randomUUID). */
export const idSchema = z.string().min(1).max(64);

/** Bidirectional embeddings, overrides and isolates: they make a name read other than it is (`‮fdp.exe`). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
export const stripBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');

/** A name or title as stored: bidi controls removed on the way in, trimmed, at most `max` characters. */
export const nameSchema = (max: number) => z.string().overwrite(stripBidiControls).trim().max(max);
/** The same, and required. */
export const requiredNameSchema = (max: number) =>
  z.string().overwrite(stripBidiControls).trim().min(1, 'required').max(max);

/** A calendar date without time, `YYYY-MM-DD`, checked to exist (no 31 April). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date.format')
  .refine(isRealDate, 'date.invalid');

/** A local wall-clock time in Europe/Warsaw, `YYYY-MM-DDTHH:mm`. */
export const isoDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'date.format')
  .refine((v) => isRealDate(v.slice(0, 10)) && isRealTime(v.slice(11)), 'date.invalid');

/** ISO 3166-1 alpha-2 country code, upper case. */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'country.invalid');

/** ISO 4217 currency code. */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'currency.invalid');

export const moneySchema = z.object({
  amount: z.number().finite().nonnegative(),
  currency: currencySchema,
});
export type Money = z.infer<typeof moneySchema>;

/** Timestamps kept on every stored record, ISO instants. */
export const stampsSchema = z.object({
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A check across fields, said at one field: the same for an entity's draft and its stored record. */
export interface CrossCheck<T> {
  check: (value: T) => boolean;
  message: string;
  path: string[];
}

/** A schema with its cross-field checks: draft and stored schemas share one list. */
export function withChecks<S extends z.ZodType>(schema: S, checks: readonly CrossCheck<z.output<S>>[]): S {
  return checks.reduce((s, c) => s.refine(c.check, { message: c.message, path: c.path }), schema);
}

/**
 * An entity's stored schema from its draft's fields (what a form edits): the id first, the fields, the stamps.
 */
export function recordOf<Shape extends z.ZodRawShape>(draft: z.ZodObject<Shape>) {
  return z.object({ id: idSchema }).extend(draft.shape).extend(stampsSchema.shape);
}

/** A record kept inside another (a visit's member or programme item): its draft's fields and an id, no stamps. */
export function itemOf<Shape extends z.ZodRawShape>(draft: z.ZodObject<Shape>) {
  return z.object({ id: idSchema }).extend(draft.shape);
}

export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isRealTime(value: string): boolean {
  const [h, m] = value.split(':').map(Number);
  return h !== undefined && m !== undefined && h >= 0 && h < 24 && m >= 0 && m < 60;
}

/** Ends an exhaustive switch: the compiler proves it unreachable, the runtime names the stray value. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}

/** The home gmina stands as `home` wherever a partner id could stand (event host, sending town). */
export const HOME = 'home' as const;
export const townRefSchema = z.union([z.literal(HOME), idSchema]);
export type TownRef = z.infer<typeof townRefSchema>;
