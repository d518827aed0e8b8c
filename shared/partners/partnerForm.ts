// The partner and contact forms' values (text as typed), the drafts they make, and those drafts' field messages.
import { contactDraftSchema, type Contact, type ContactDraft, type ContactRole } from '../domain/contact';
import {
  cooperationAreas,
  fundingProgrammes,
  partnerDraftSchema,
  type EuropePrizeStage,
  type Partner,
  type PartnerDraft,
  type PartnerStatus,
  type RelationKind,
} from '../domain/partner';
import { draftMessages, type FieldMessages } from '../forms/fieldMessages';

/** The partner form's fields as typed: text for numbers and dates, the areas and funding split into listed and own. */
export interface PartnerFormValues {
  name: string;
  namePl: string;
  country: string;
  region: string;
  population: string;
  website: string;
  languages: string[];
  relationKind: RelationKind;
  status: PartnerStatus;
  startDate: string;
  resolutionNumber: string;
  resolutionDate: string;
  adoptedBy: string;
  signedDate: string;
  areas: string[];
  customAreas: string[];
  funding: string[];
  customFunding: string[];
  awards: { stage: EuropePrizeStage; year: string }[];
  notes: string;
}

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

/** A whole number as typed (`4 100`), or NaN for anything else, which the draft schema then refuses. */
const wholeNumber = (v: string) => {
  const digits = v.replace(/[\s\u00a0]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
};

/** The values as a partner draft; `base` keeps the document and example flag of an edited record. */
export function partnerDraftFromForm(v: PartnerFormValues, base?: Partner): PartnerDraft {
  return {
    ...(base?.example !== undefined ? { example: base.example } : {}),
    name: v.name.trim(),
    namePl: blank(v.namePl),
    country: v.country,
    region: blank(v.region),
    population: blank(v.population) === undefined ? undefined : wholeNumber(v.population),
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
    awards: v.awards.map((a) => ({
      stage: a.stage,
      year: /^\d{4}$/.test(a.year.trim()) ? Number(a.year) : Number.NaN,
    })),
    notes: blank(v.notes),
  };
}

/** The values as a partner to save: the draft, with the id and creation stamp of an edited record. */
export function partnerFromForm(v: PartnerFormValues, base?: Partner) {
  return { ...(base ? { id: base.id, createdAt: base.createdAt } : {}), ...partnerDraftFromForm(v, base) };
}

/** The form's field for a partner draft's issue path: the legal basis is flat in the form, own areas and funding apart. */
function partnerField(path: string): string | undefined {
  const [head, second] = path.split('.');
  if (head === 'legalBasis') return second;
  if (head === 'areas') return 'customAreas';
  if (head === 'funding') return 'customFunding';
  if (head === 'languages') return 'languages';
  if (head === 'awards') return path;
  return head !== undefined && Object.hasOwn(partnerFormValues(), head) ? head : undefined;
}

/** The partner draft checked with the entity's draft schema: message keys by the form's field names. */
export function partnerFormMessages(v: PartnerFormValues, base?: Partner): FieldMessages {
  return draftMessages(partnerDraftSchema, partnerDraftFromForm(v, base), partnerField);
}

/** The contact form's fields as typed. */
export interface ContactFormValues {
  name: string;
  role: ContactRole;
  email: string;
  phone: string;
  languages: string[];
  notes: string;
}

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

/** The values as a contact draft of a partner town. */
export function contactDraftFromForm(v: ContactFormValues, partnerId: string): ContactDraft {
  return {
    partnerId,
    name: v.name.trim(),
    role: v.role,
    email: blank(v.email),
    phone: blank(v.phone),
    languages: unique(v.languages),
    notes: blank(v.notes),
  };
}

/** The values as a contact to save: the draft, with the id and creation stamp of an edited record. */
export function contactFromForm(v: ContactFormValues, partnerId: string, base?: Contact) {
  return { ...(base ? { id: base.id, createdAt: base.createdAt } : {}), ...contactDraftFromForm(v, partnerId) };
}

/** The contact draft checked with the entity's draft schema: message keys by the form's field names. */
export function contactFormMessages(v: ContactFormValues, partnerId: string): FieldMessages {
  return draftMessages(contactDraftSchema, contactDraftFromForm(v, partnerId), (path) => {
    const head = path.split('.')[0];
    return head !== undefined && Object.hasOwn(contactFormValues(), head) ? head : undefined;
  });
}
