// Money sums per currency, in whole minor units so that 0.1 + 0.2 is 0.30 and never 0.30000000000000004.
import type { Money } from '../domain/common';

/** One total per currency, currencies in alphabetical order, amounts rounded to cents. */
export function totalsByCurrency(lines: readonly Money[]): Money[] {
  const cents = new Map<string, number>();
  for (const line of lines) cents.set(line.currency, (cents.get(line.currency) ?? 0) + Math.round(line.amount * 100));
  return [...cents.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, total]) => ({ currency, amount: total / 100 }));
}
