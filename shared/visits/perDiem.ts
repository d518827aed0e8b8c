// Per-diem estimates for outgoing visits from the office's own table of daily allowance rates per country.
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { z } from 'zod';
import { countryCodeSchema, currencySchema, type Money } from '../domain/common';
import type { Visit } from '../domain/visit';
import { totalsByCurrency } from './costs';

export const perDiemRateSchema = z.object({
  country: countryCodeSchema,
  currency: currencySchema,
  /** The daily allowance (dieta) for one full day abroad. */
  amount: z.number().finite().positive().max(1_000_000),
});
export type PerDiemRate = z.infer<typeof perDiemRateSchema>;

export const perDiemTableSchema = z.object({
  rates: z.array(perDiemRateSchema).max(300).default([]),
  /** Where the office took the rates from (act, its number and date), and when it last checked them. */
  source: z.string().max(500).optional(),
  checkedOn: z.string().max(10).optional(),
});
export type PerDiemTable = z.infer<typeof perDiemTableSchema>;

/**
 * The app ships no numbers: we could not check the annex's current text, so the office copies the rates it
 * applies from the act in force (the act is named in the UI, `visits:perDiem.sourceHint`, in both languages).
 */
export const EMPTY_PER_DIEM_TABLE: PerDiemTable = { rates: [] };

/** Calendar days of the visit, first and last included: the estimate's full days abroad. */
export function visitDays(start: string, end: string): number {
  return Math.max(0, differenceInCalendarDays(parseISO(end), parseISO(start)) + 1);
}

export interface PerDiemLine {
  memberId: string;
  name: string;
  days: number;
  allowance: Money;
}

export interface PerDiemEstimate {
  country: string;
  days: number;
  rate: PerDiemRate | undefined;
  lines: PerDiemLine[];
  totals: Money[];
}

/** One line per member (days × the country's daily rate) and the totals; no rate, no lines. */
export function estimatePerDiem(
  visit: Pick<Visit, 'start' | 'end' | 'members'>,
  country: string,
  table: PerDiemTable,
): PerDiemEstimate {
  const days = visitDays(visit.start, visit.end);
  const rate = table.rates.find((r) => r.country === country);
  if (!rate) return { country, days, rate, lines: [], totals: [] };
  const lines = [...visit.members]
    .sort((a, b) => a.precedence - b.precedence)
    .map((m) => ({
      memberId: m.id,
      name: m.name,
      days,
      allowance: { currency: rate.currency, amount: Math.round(rate.amount * 100 * days) / 100 },
    }));
  return { country, days, rate, lines, totals: totalsByCurrency(lines.map((l) => l.allowance)) };
}
