// Office settings stored as key/value rows, each read through its own schema with a default.
import type { z } from 'zod';
import { UNSET_HOME_TOWN, homeTownSchema } from '../../../shared/domain';
import { db } from '../db';

/** A typed setting: its key, its schema and the value used until the office sets one. */
export interface SettingDef<S extends z.ZodType> {
  key: string;
  schema: S;
  fallback: z.output<S>;
}

export const defineSetting = <S extends z.ZodType>(key: string, schema: S, fallback: z.output<S>): SettingDef<S> => ({
  key,
  schema,
  fallback,
});

/** The office's profile (municipality and letterhead); an unnamed Polish gmina until the office enters it. */
export const homeTownSetting = defineSetting('homeTown', homeTownSchema, UNSET_HOME_TOWN);

/** True once the office (or the example data) has stored a valid profile. */
export async function hasHomeTown(): Promise<boolean> {
  const row = await db.settings.get(homeTownSetting.key);
  return homeTownSchema.safeParse(row?.value).success;
}

export async function readSetting<S extends z.ZodType>(def: SettingDef<S>): Promise<z.output<S>> {
  const row = await db.settings.get(def.key);
  const parsed = def.schema.safeParse(row?.value);
  return parsed.success ? parsed.data : def.fallback;
}

export async function writeSetting<S extends z.ZodType>(def: SettingDef<S>, value: z.input<S>): Promise<void> {
  const parsed = def.schema.parse(value);
  await db.settings.put({ key: def.key, value: parsed });
}
