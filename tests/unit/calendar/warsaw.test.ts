import { expect, it } from 'vitest';
import { utcMsToWarsaw, warsawToUtcMs } from '../../../shared/calendar/warsaw';

it('gives the Warsaw wall clock Intl gives for instants from 1980 to 2040 (summer-time changes included), and back', () => {
  const intl = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Warsaw',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  for (let ms = Date.UTC(1980, 0, 1); ms < Date.UTC(2040, 0, 1); ms += 29 * 60_000 * 97 + 13_000) {
    const wall = utcMsToWarsaw(ms);
    expect(wall).toBe(intl.format(new Date(ms)).replace(' ', 'T'));
    expect(Math.abs(warsawToUtcMs(wall) - ms)).toBeLessThan(3_600_000 + 60_000);
  }
  expect(utcMsToWarsaw(Date.UTC(2027, 2, 28, 0, 59))).toBe('2027-03-28T01:59');
  expect(utcMsToWarsaw(Date.UTC(2027, 2, 28, 1, 0))).toBe('2027-03-28T03:00');
  expect(utcMsToWarsaw(Date.UTC(1970, 0, 1, 12))).toBe('1970-01-01T13:00');
});
