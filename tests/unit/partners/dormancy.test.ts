import { describe, expect, it } from 'vitest';
import { isDormant } from '../../../shared/partners/dormancy';

describe('dormancy', () => {
  it('flags an active partner with no event or visit for more than N months', () => {
    expect(isDormant({ status: 'active', lastActivity: '2024-11-25' }, '2026-11-26', 24)).toBe(true);
    expect(isDormant({ status: 'active', lastActivity: '2024-11-26' }, '2026-11-26', 24)).toBe(false);
    expect(isDormant({ status: 'active', lastActivity: '2026-01-01' }, '2026-11-26', 6)).toBe(true);
  });

  it('never flags partners that are not active', () => {
    expect(isDormant({ status: 'ended', lastActivity: '1990-01-01' }, '2026-11-26')).toBe(false);
    expect(isDormant({ status: 'negotiation' }, '2026-11-26')).toBe(false);
  });

  it('counts from the start of the partnership when nothing has happened yet', () => {
    expect(isDormant({ status: 'active', since: '2026-01-01' }, '2026-11-26')).toBe(false);
    expect(isDormant({ status: 'active', since: '2020-01-01' }, '2026-11-26')).toBe(true);
  });

  it('handles a leap day: 29 February counts 24 months back to 28 February', () => {
    expect(isDormant({ status: 'active', lastActivity: '2026-02-28' }, '2028-02-29', 24)).toBe(false);
    expect(isDormant({ status: 'active', lastActivity: '2026-02-27' }, '2028-02-29', 24)).toBe(true);
  });
});
