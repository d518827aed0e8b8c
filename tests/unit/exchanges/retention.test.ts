import { describe, expect, it } from 'vitest';
import { DEFAULT_ROTATION } from '../../../shared/backup/rotation';
import {
  DEFAULT_RETENTION,
  dueForAnonymisation,
  isDue,
  longestBackupKeep,
  retentionDueDate,
} from '../../../shared/exchanges/retention';

describe('retention due dates', () => {
  it('falls five years after the camp ends by default', () => {
    expect(DEFAULT_RETENTION.participantsYears).toBe(5);
    expect(retentionDueDate('2021-07-20', 5)).toBe('2026-07-20');
    expect(isDue('2021-07-20', 5, '2026-07-19')).toBe(false);
    expect(isDue('2021-07-20', 5, '2026-07-20')).toBe(true);
  });

  it('moves a camp that ended on 29 February to 28 February of a common year', () => {
    expect(retentionDueDate('2024-02-29', 5)).toBe('2029-02-28');
    expect(retentionDueDate('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('lists only camps past their date that still hold personal data, oldest first', () => {
    const camps = [
      { eventId: 'e', occurrence: '2020-07-10', title: 'Obóz 2020', end: '2020-07-20', identified: 12 },
      { eventId: 'e', occurrence: '2019-07-10', title: 'Obóz 2019', end: '2019-07-20', identified: 3 },
      { eventId: 'e', occurrence: '2018-07-10', title: 'Obóz 2018', end: '2018-07-20', identified: 0 },
      { eventId: 'e', occurrence: '2022-07-10', title: 'Obóz 2022', end: '2022-07-20', identified: 9 },
    ];
    const due = dueForAnonymisation(camps, DEFAULT_RETENTION, '2026-11-26');
    expect(due.map((c) => [c.title, c.dueOn])).toEqual([
      ['Obóz 2019', '2024-07-20'],
      ['Obóz 2020', '2025-07-20'],
    ]);
    expect(dueForAnonymisation(camps, { ...DEFAULT_RETENTION, participantsYears: 10 }, '2026-11-26')).toEqual([]);
  });
});

describe('how long older automatic backups keep anonymised data', () => {
  it('is the weekly span by default (8 weeks), or the daily span when that reaches further', () => {
    expect(longestBackupKeep(DEFAULT_ROTATION)).toEqual({ unit: 'weeks', count: 8 });
    expect(longestBackupKeep({ daily: 14, weekly: 2 })).toEqual({ unit: 'weeks', count: 2 });
    expect(longestBackupKeep({ daily: 60, weekly: 4 })).toEqual({ unit: 'days', count: 60 });
    expect(longestBackupKeep({ daily: 7, weekly: 0 })).toEqual({ unit: 'days', count: 7 });
  });
});
