// Office-wide settings kept in the database as key/value rows, among them the office's own profile.
import { z } from 'zod';
import { countryCodeSchema, requiredNameSchema } from './common';

/** The largest coat of arms or logo kept, as a data URL (an image of about 200 kB). */
export const LOGO_MAX_CHARS = 280_000;
const optionalText = (max: number) => z.string().trim().max(max).optional();

/**
 * The office's own municipality and letterhead. The Polish case forms are what the UI puts in
 * sentences: genitive "Swarzędza" (partner towns of …), locative "Swarzędzu" (a visit in …).
 */
export const homeTownSchema = z.object({
  name: requiredNameSchema(200),
  country: countryCodeSchema,
  /** The voivodeship (województwo) for a Polish gmina. */
  region: optionalText(200),
  genitive: optionalText(200),
  locative: optionalText(200),
  officeName: optionalText(300),
  address: optionalText(500),
  phone: optionalText(100),
  email: z.union([z.literal(''), z.email().max(200)]).optional(),
  /** The coat of arms or logo: a PNG, JPEG or WebP data URL. */
  logo: z
    .string()
    .max(LOGO_MAX_CHARS, 'logo.tooLarge')
    .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/, 'logo.invalid')
    .optional(),
  /** Set when "Load example data" brought this profile; removing the example data removes it. */
  example: z.boolean().optional(),
});
export type HomeTown = z.infer<typeof homeTownSchema>;
export type OfficeProfile = HomeTown;

/** What the app uses until the office has entered its profile: no name, a Polish gmina. */
export const UNSET_HOME_TOWN: HomeTown = { name: '', country: 'PL' };

/** The example office's profile (Swarzędz), brought and removed with the example data. */
export const EXAMPLE_HOME_TOWN: HomeTown = {
  name: 'Swarzędz',
  genitive: 'Swarzędza',
  locative: 'Swarzędzu',
  country: 'PL',
  region: 'wielkopolskie',
  officeName: 'Referat Współpracy Zagranicznej (przykład)',
  example: true,
};

/** The letterhead's lines, top to bottom, leaving out what the office has not entered. */
export function letterheadLines(home: HomeTown): string[] {
  const contact = [home.phone, home.email].filter(Boolean).join(' · ');
  return [home.officeName, [home.name, home.region].filter(Boolean).join(', '), home.address, contact].filter(
    (line): line is string => !!line && line.trim() !== '',
  );
}

export const settingSchema = z.object({
  key: z.string().min(1).max(100),
  value: z.unknown(),
});
export type Setting = z.infer<typeof settingSchema>;
