// Office-wide settings kept in the database as key/value rows.
import { z } from 'zod';
import { countryCodeSchema, requiredNameSchema } from './common';

export const homeTownSchema = z.object({
  name: requiredNameSchema(200),
  country: countryCodeSchema,
  region: z.string().max(200).optional(),
});
export type HomeTown = z.infer<typeof homeTownSchema>;

export const DEFAULT_HOME_TOWN: HomeTown = { name: 'Swarzędz', country: 'PL', region: 'wielkopolskie' };

export const settingSchema = z.object({
  key: z.string().min(1).max(100),
  value: z.unknown(),
});
export type Setting = z.infer<typeof settingSchema>;
