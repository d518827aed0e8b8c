// Holidays kept between starts: the calendar draws a range from them without the holidays library, and computes
// (then keeps) only what is missing; lists of another library version are not trusted.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { version } from 'date-holidays/package.json';
import { publicHolidays } from '../../../shared/calendar/holidays';

const KEY = 'twinning.holidays';

function fakeStorage(initial?: string) {
  const data = new Map<string, string>(initial === undefined ? [] : [[KEY, initial]]);
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
}

async function freshSource(stored?: string) {
  const storage = fakeStorage(stored);
  vi.stubGlobal('localStorage', storage);
  vi.resetModules();
  const source = await import('../../../renderer/features/calendar/holidaySource');
  return { source, storage };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('holiday source', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('fetches the library for what is not kept, then answers and keeps the lists', async () => {
    const { source, storage } = await freshSource();
    expect(source.nothingKept()).toBe(true);
    expect(source.knownHolidays(['PL'], '2024-11-01', '2024-11-30', 'pl')).toBeUndefined();
    await source.loadLibrary();
    const november = source.knownHolidays(['PL'], '2024-11-01', '2024-11-30', 'pl');
    expect(november?.map((h) => h.date)).toEqual(['2024-11-01', '2024-11-11']);
    await settle();
    const kept = JSON.parse(storage.data.get(KEY) ?? '{}') as { format: string; lists: Record<string, unknown> };
    expect(kept.format).toContain(version);
    expect(kept.lists['PL:2024:pl']).toEqual(publicHolidays('PL', 2024, 'pl'));
  });

  it('answers from the kept lists at the next start without loading the library', async () => {
    const first = await freshSource();
    await first.source.loadLibrary();
    first.source.knownHolidays(['PL', 'DE'], '2024-12-20', '2025-01-10', 'en');
    await settle();
    const stored = first.storage.data.get(KEY);

    const { source } = await freshSource(stored);
    expect(source.nothingKept()).toBe(false);
    const range = source.knownHolidays(['DE', 'PL'], '2024-12-20', '2025-01-10', 'en');
    expect(source.loadedLibrary()).toBeUndefined();
    expect(range).toEqual(
      [...publicHolidays('PL', 2024, 'en'), ...publicHolidays('DE', 2024, 'en')]
        .concat(publicHolidays('PL', 2025, 'en'), publicHolidays('DE', 2025, 'en'))
        .filter((h) => h.date >= '2024-12-20' && h.date <= '2025-01-10')
        .sort((a, b) => a.date.localeCompare(b.date) || a.country.localeCompare(b.country)),
    );
    // A year not kept still needs the library.
    expect(source.knownHolidays(['PL'], '2031-01-01', '2031-01-31', 'en')).toBeUndefined();
  });

  it('ignores lists kept by another library version and a damaged store', async () => {
    const other = JSON.stringify({
      format: '1/0.0.1',
      lists: { 'PL:2024:pl': [{ date: '2024-02-02', country: 'PL', name: 'x' }] },
    });
    for (const stored of [other, '{not json']) {
      const { source } = await freshSource(stored);
      expect(source.nothingKept()).toBe(true);
      expect(source.knownHolidays(['PL'], '2024-02-01', '2024-02-28', 'pl')).toBeUndefined();
      await source.loadLibrary();
      expect(source.knownHolidays(['PL'], '2024-02-01', '2024-02-28', 'pl')).toEqual([]);
    }
  });
});
