// Rows of the lists a camp hands out: the insurer's list and the funder's summary (counts per
// country, age group, role, and days). Column titles come from the caller, in the user's language.
import { dateCell, type CsvCell } from '../export/csv';
import type { Participant, ParticipantRole, TownRef } from '../domain';
import { ageBands, type AgeBand } from '../domain/participant';
import { participantAgeBand } from './age';
import { hasValidConsent, isActive } from './readiness';

export interface Town {
  name: string;
  country: string;
}
/** A town by its reference; an anonymised record whose town was dropped has none. */
export type TownLookup = (ref: TownRef | undefined) => Town;

export const sortByName = <T extends Pick<Participant, 'firstName' | 'lastName'>>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => a.lastName.localeCompare(b.lastName, 'pl') || a.firstName.localeCompare(b.firstName, 'pl'));

export interface InsurerHeaders {
  lastName: string;
  firstName: string;
  birthDate: string;
  sendingTown: string;
  dietaryNotes: string;
  medicalNotes: string;
}

/**
 * Health data (medical notes and dietary notes alike: allergies, coeliac disease) may leave the office
 * only while the consent to share medical information is in force on `asOf` (the export day): given on
 * or before it and not withdrawn by then.
 */
export function mayShareMedical(p: Pick<Participant, 'consents'>, asOf: string): boolean {
  const c = p.consents.medical;
  return c !== undefined && c.givenOn <= asOf && hasValidConsent(p, 'medical', asOf);
}

/** True when the record holds any health note (dietary or medical). */
export const hasHealthNotes = (p: Pick<Participant, 'dietaryNotes' | 'medicalNotes'>): boolean =>
  !!p.dietaryNotes?.trim() || !!p.medicalNotes?.trim();

/** People on the insurer's list whose health notes stay out of it for want of a consent in force on `asOf`. */
export function healthNotesWithheld<T extends Participant>(participants: readonly T[], asOf: string): T[] {
  return participants.filter((p) => p.status !== 'withdrawn' && hasHealthNotes(p) && !mayShareMedical(p, asOf));
}

/**
 * The insurer's list: name, birth date (the year alone once anonymised), sending town. Dietary and
 * medical notes only when the user chose them (`sensitiveAsOf`, the export day, is given), and then
 * only for people whose medical consent is in force that day. Withdrawn people are left out.
 */
export function insurerRows(
  participants: readonly Participant[],
  town: TownLookup,
  headers: InsurerHeaders,
  sensitiveAsOf?: string,
): CsvCell[][] {
  const head: CsvCell[] = [headers.lastName, headers.firstName, headers.birthDate, headers.sendingTown];
  if (sensitiveAsOf !== undefined) head.push(headers.dietaryNotes, headers.medicalNotes);
  const body = sortByName(participants.filter((p) => p.status !== 'withdrawn')).map((p) => {
    const born = p.birthDate ? dateCell(p.birthDate) : p.birthYear === undefined ? '' : String(p.birthYear);
    const row: CsvCell[] = [p.lastName, p.firstName, born, town(p.sendingTown).name];
    if (sensitiveAsOf !== undefined) {
      const share = mayShareMedical(p, sensitiveAsOf);
      row.push(share ? (p.dietaryNotes ?? '') : '', share ? (p.medicalNotes ?? '') : '');
    }
    return row;
  });
  return [head, ...body];
}

export const AGE_GROUPS = ageBands;
export type AgeGroup = AgeBand;

export interface FunderSummary {
  total: number;
  days: number;
  /** Participants times days: what funders pay per. */
  personDays: number;
  byCountry: Record<string, number>;
  byTown: Record<string, number>;
  byAgeGroup: Record<AgeGroup, number>;
  byRole: Record<ParticipantRole, number>;
}

/** Counts of the people who came (or are coming): withdrawn and no-shows are left out. */
export function funderSummary(
  participants: readonly Participant[],
  firstDay: string,
  days: number,
  town: TownLookup,
): FunderSummary {
  const active = participants.filter(isActive);
  const summary: FunderSummary = {
    total: active.length,
    days,
    personDays: active.length * days,
    byCountry: {},
    byTown: {},
    byAgeGroup: { upTo12: 0, from13to17: 0, from18to25: 0, from26: 0 },
    byRole: { participant: 0, chaperone: 0, leader: 0 },
  };
  for (const p of active) {
    const t = town(p.sendingTown);
    summary.byCountry[t.country] = (summary.byCountry[t.country] ?? 0) + 1;
    summary.byTown[t.name] = (summary.byTown[t.name] ?? 0) + 1;
    summary.byAgeGroup[participantAgeBand(p, firstDay)]++;
    summary.byRole[p.role]++;
  }
  return summary;
}
