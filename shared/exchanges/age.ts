// Age on a given day under Polish law (Civil Code art. 112): a year of life ends at the start of the
// birthday; someone born on 29 February has, in a common year, the last day of February as birthday.
import { isRealDate } from '../domain/common';

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

/** Age of a participant on an occurrence's first day, from the full date when kept. */
export function participantAge(p: { birthDate?: string; birthYear: number }, firstDay: string): number {
  return p.birthDate ? ageOn(p.birthDate, firstDay) : ageByYear(p.birthYear, firstDay);
}

export function isMinorOn(p: { birthDate?: string; birthYear: number }, firstDay: string): boolean {
  return participantAge(p, firstDay) < AGE_OF_MAJORITY;
}
