// Rows of the lists a camp hands out: the insurer's list and the funder's summary (counts per
// country, age group, role, and days). Column titles come from the caller, in the user's language.
import type { CsvCell } from '../export/csv';
import type { Participant, ParticipantRole, TownRef } from '../domain';
import { participantAge } from './age';
import { isActive } from './readiness';

export interface Town {
  name: string;
  country: string;
}
export type TownLookup = (ref: TownRef) => Town;

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
 * The insurer's list: name, birth date (the year alone once anonymised), sending town. Dietary and
 * medical notes only when `includeSensitive` is set by the user. Withdrawn people are left out.
 */
export function insurerRows(
  participants: readonly Participant[],
  town: TownLookup,
  headers: InsurerHeaders,
  includeSensitive = false,
): CsvCell[][] {
  const head: CsvCell[] = [headers.lastName, headers.firstName, headers.birthDate, headers.sendingTown];
  if (includeSensitive) head.push(headers.dietaryNotes, headers.medicalNotes);
  const body = sortByName(participants.filter((p) => p.status !== 'withdrawn')).map((p) => {
    const row: CsvCell[] = [p.lastName, p.firstName, p.birthDate ?? String(p.birthYear), town(p.sendingTown).name];
    if (includeSensitive) row.push(p.dietaryNotes ?? '', p.medicalNotes ?? '');
    return row;
  });
  return [head, ...body];
}

export const AGE_GROUPS = ['upTo12', 'from13to17', 'from18to25', 'from26'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export function ageGroup(age: number): AgeGroup {
  if (age <= 12) return 'upTo12';
  if (age <= 17) return 'from13to17';
  if (age <= 25) return 'from18to25';
  return 'from26';
}

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
export function funderSummary(participants: readonly Participant[], firstDay: string, days: number, town: TownLookup): FunderSummary {
  const active = participants.filter(isActive);
  const summary: FunderSummary = {
    total: active.length, days, personDays: active.length * days, byCountry: {}, byTown: {},
    byAgeGroup: { upTo12: 0, from13to17: 0, from18to25: 0, from26: 0 },
    byRole: { participant: 0, chaperone: 0, leader: 0 },
  };
  for (const p of active) {
    const t = town(p.sendingTown);
    summary.byCountry[t.country] = (summary.byCountry[t.country] ?? 0) + 1;
    summary.byTown[t.name] = (summary.byTown[t.name] ?? 0) + 1;
    summary.byAgeGroup[ageGroup(participantAge(p, firstDay))]++;
    summary.byRole[p.role]++;
  }
  return summary;
}
