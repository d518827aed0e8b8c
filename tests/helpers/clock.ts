// A fixed "today" for tests whose outcome depends on the date: only Date is faked, timers run as usual.
import { afterEach, beforeEach, vi } from 'vitest';

/** The date the example office and most fixtures are written for. */
export const FIXED_TODAY = '2026-11-26';

/** Fixes the clock at 10:00 (the time zone is pinned in vitest.config.ts) of `today` for every test of the file. */
export function useFixedToday(today = FIXED_TODAY): void {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: new Date(`${today}T10:00:00`) }));
  afterEach(() => vi.useRealTimers());
}
