// Age on a given day under Polish law (Civil Code art. 112): a year of life ends at the start of the
// birthday; someone born on 29 February has, in a common year, the last day of February as birthday.
import { isRealDate } from '../domain/common';
import type { AgeBand } from '../domain/participant';

export const AGE_OF_MAJORITY = 18;

function parts(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Full years of life on `day` (both `YYYY-MM-DD`); a birthday on `day` already counts. */
export function ageOn(birthDate: string, day: string): number {
  if (!isRealDate(birthDate) || !isRealDate(day.slice(0, 10))) throw new Error('ageOn: not a date');
  const [by, bm, bd] = parts(birthDate);
  const [dy, dm, dd] = parts(day);
  const anniversaryDay = Math.min(bd, daysInMonth(dy, bm));
  const reached = dm > bm || (dm === bm && dd >= anniversaryDay);
  return dy - by - (reached ? 0 : 1);
}

/** Age for someone known only by birth year (anonymised): the age they reach during that year. */
export function ageByYear(birthYear: number, day: string): number {
  return Number(day.slice(0, 4)) - birthYear;
}

interface Aged {
  birthDate?: string;
  birthYear?: number;
  ageBand?: AgeBand;
}

/** Age of a participant on an occurrence's first day, from the full date when kept; null once anonymised. */
export function participantAge(p: Aged, firstDay: string): number | null {
  if (p.birthDate) return ageOn(p.birthDate, firstDay);
  return p.birthYear === undefined ? null : ageByYear(p.birthYear, firstDay);
}

/** The age band an age falls in (the bands of the funder's summary and of anonymised records). */
export function ageBandOf(age: number): AgeBand {
  if (age <= 12) return 'upTo12';
  if (age <= 17) return 'from13to17';
  if (age <= 25) return 'from18to25';
  return 'from26';
}

/** A participant's age band on `firstDay`: from the birth date or year, or the band an anonymised record keeps. */
export function participantAgeBand(p: Aged, firstDay: string): AgeBand {
  const age = participantAge(p, firstDay);
  return age === null ? (p.ageBand ?? 'from26') : ageBandOf(age);
}

export function isMinorOn(p: Aged, firstDay: string): boolean {
  const age = participantAge(p, firstDay);
  return age === null ? p.ageBand === 'upTo12' || p.ageBand === 'from13to17' : age < AGE_OF_MAJORITY;
}
