// The partner and contact forms' values (text as typed) and their schemas; messages are i18n keys.
import { z } from 'zod';
import { isRealDate } from '../domain/common';
import { contactRoles, type Contact, type ContactRole } from '../domain/contact';
import {
  cooperationAreas,
  europePrizeStages,
  fundingProgrammes,
  partnerStatuses,
  relationKinds,
  type EuropePrizeStage,
  type Partner,
  type PartnerStatus,
  type RelationKind,
} from '../domain/partner';

const optionalDate = z
  .string()
  .refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), 'date.format')
  .refine((v) => v === '' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || isRealDate(v), 'date.invalid');

const text = (max: number) => z.string().max(max, 'tooLong');
const WEBSITE = /^(https?:\/\/)?[^\s/.]+(\.[^\s/.]+)+(\/\S*)?$/i;

export const partnerFormSchema = z.object({
  name: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  namePl: text(200),
  country: z.string().regex(/^[A-Z]{2}$/, 'country.invalid'),
  region: text(200),
  population: z.string().refine((v) => /^\d{0,9}$/.test(v.replace(/[\s\u00a0]/g, '')), 'population.invalid'),
  website: z
    .string()
    .max(500, 'tooLong')
    .refine((v) => v.trim() === '' || WEBSITE.test(v.trim()), 'website.invalid'),
  languages: z.array(text(40)),
  relationKind: z.enum(relationKinds),
  status: z.enum(partnerStatuses),
  startDate: optionalDate,
  resolutionNumber: text(100),
  resolutionDate: optionalDate,
  adoptedBy: text(200),
  signedDate: optionalDate,
  areas: z.array(z.string()),
  customAreas: z.array(text(100)),
  funding: z.array(z.string()),
  customFunding: z.array(text(100)),
  awards: z.array(
    z.object({
      stage: z.enum(europePrizeStages),
      year: z.string().refine((v) => /^\d{4}$/.test(v) && Number(v) >= 1955 && Number(v) <= 2200, 'award.year'),
    }),
  ),
  notes: text(20_000),
});
export type PartnerFormValues = z.infer<typeof partnerFormSchema>;

const seedAreas = new Set<string>(cooperationAreas);
const seedFunding = new Set<string>(fundingProgrammes);

export function partnerFormValues(p?: Partner): PartnerFormValues {
  return {
    name: p?.name ?? '',
    namePl: p?.namePl ?? '',
    country: p?.country ?? '',
    region: p?.region ?? '',
    population: p?.population === undefined ? '' : String(p.population),
    website: p?.website ?? '',
    languages: p?.languages ?? [],
    relationKind: p?.relationKind ?? ('partnership' satisfies RelationKind),
    status: p?.status ?? ('active' satisfies PartnerStatus),
    startDate: p?.startDate ?? '',
    resolutionNumber: p?.legalBasis.resolutionNumber ?? '',
    resolutionDate: p?.legalBasis.resolutionDate ?? '',
    adoptedBy: p?.legalBasis.adoptedBy ?? '',
    signedDate: p?.legalBasis.signedDate ?? '',
    areas: (p?.areas ?? []).filter((a) => seedAreas.has(a)),
    customAreas: (p?.areas ?? []).filter((a) => !seedAreas.has(a)),
    funding: (p?.funding ?? []).filter((f) => seedFunding.has(f)),
    customFunding: (p?.funding ?? []).filter((f) => !seedFunding.has(f)),
    awards: (p?.awards ?? []).map((a) => ({ stage: a.stage, year: String(a.year) })),
    notes: p?.notes ?? '',
  };
}

const blank = (v: string) => (v.trim() === '' ? undefined : v.trim());
const unique = (list: string[]) => [...new Set(list.map((s) => s.trim()).filter(Boolean))];

/** The values as a partner to save; `base` keeps the id, stamps, document and example flag of an edited record. */
export function partnerFromForm(v: PartnerFormValues, base?: Partner) {
  return {
    ...(base ? { id: base.id, createdAt: base.createdAt, example: base.example } : {}),
    name: v.name.trim(),
    namePl: blank(v.namePl),
    country: v.country,
    region: blank(v.region),
    population: blank(v.population) === undefined ? undefined : Number(v.population.replace(/[\s\u00a0]/g, '')),
    website: blank(v.website),
    languages: unique(v.languages),
    relationKind: v.relationKind,
    status: v.status,
    startDate: blank(v.startDate),
    legalBasis: {
      resolutionNumber: blank(v.resolutionNumber),
      resolutionDate: blank(v.resolutionDate),
      adoptedBy: blank(v.adoptedBy),
      signedDate: blank(v.signedDate),
      documentId: base?.legalBasis.documentId,
    },
    areas: unique([...v.areas, ...v.customAreas]),
    funding: unique([...v.funding, ...v.customFunding]),
    awards: v.awards.map((a) => ({ stage: a.stage as EuropePrizeStage, year: Number(a.year) })),
    notes: blank(v.notes),
  };
}

const PHONE = /^\+?[0-9 ()\-./]{5,25}$/;

export const contactFormSchema = z.object({
  name: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  role: z.enum(contactRoles),
  email: z
    .string()
    .trim()
    .refine((v) => v === '' || z.email().safeParse(v).success, 'email.invalid'),
  phone: z
    .string()
    .trim()
    .refine((v) => v === '' || PHONE.test(v), 'phone.invalid'),
  languages: z.array(text(40)),
  notes: text(5000),
});
export type ContactFormValues = z.infer<typeof contactFormSchema>;

export function contactFormValues(c?: Contact): ContactFormValues {
  return {
    name: c?.name ?? '',
    role: c?.role ?? ('coordinator' satisfies ContactRole),
    email: c?.email ?? '',
    phone: c?.phone ?? '',
    languages: c?.languages ?? [],
    notes: c?.notes ?? '',
  };
}

export function contactFromForm(v: ContactFormValues, partnerId: string, base?: Contact) {
  return {
    ...(base ? { id: base.id, createdAt: base.createdAt } : {}),
    partnerId,
    name: v.name.trim(),
    role: v.role,
    email: blank(v.email),
    phone: blank(v.phone),
    languages: unique(v.languages),
    notes: blank(v.notes),
  };
}
