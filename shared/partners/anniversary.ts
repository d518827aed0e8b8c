// Anniversary rule: partnerships reaching a round number of years (5, 10, 15, …) in the next 12 months.
import { isRealDate } from '../domain/common';

export interface AnniversaryInput {
  id: string;
  name: string;
  /** The partnership's start (or signing) date, `YYYY-MM-DD`. */
  since: string;
}

export interface Anniversary {
  id: string;
  name: string;
  years: number;
  /** The day it falls on, `YYYY-MM-DD` (28 February in non-leap years for a 29 February start). */
  date: string;
}

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const pad = (n: number) => String(n).padStart(2, '0');

/** The anniversary of `since` in `year`; 29 February falls on 28 February in a non-leap year. */
export function anniversaryIn(since: string, year: number): string {
  const month = Number(since.slice(5, 7));
  let day = Number(since.slice(8, 10));
  if (month === 2 && day === 29 && !isLeapYear(year)) day = 28;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The same calendar day `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsIso(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return `${year}-${pad(month + 1)}-${pad(day)}`;
}

/**
 * Round anniversaries from `today` (inclusive) up to the same day a year later (exclusive),
 * soonest first. `step` is the round number (5: 5, 10, 15, … years).
 */
export function upcomingAnniversaries(items: readonly AnniversaryInput[], today: string, step = 5): Anniversary[] {
  const limit = addMonthsIso(today, 12);
  const thisYear = Number(today.slice(0, 4));
  const found: Anniversary[] = [];
  for (const item of items) {
    if (!isRealDate(item.since)) continue;
    const startYear = Number(item.since.slice(0, 4));
    for (const year of [thisYear, thisYear + 1]) {
      const years = year - startYear;
      if (years <= 0 || years % step !== 0) continue;
      const date = anniversaryIn(item.since, year);
      if (date >= today && date < limit) found.push({ id: item.id, name: item.name, years, date });
    }
  }
  return found.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
}
