import { describe, expect, it } from 'vitest';
import { itemFromOccurrence, itemFromVisit } from '../../../shared/calendar/items';
import { expandEvent } from '../../../shared/calendar/recurrence';
import {
  emptyValues,
  inputFromValues,
  validateValues,
  valuesFromEvent,
} from '../../../renderer/features/calendar/eventFormModel';
import { messageKeys } from '../../../shared/forms/fieldMessages';
import { matchesFilters, noFilters } from '../../../renderer/features/calendar/useCalendarData';
import { stepCursor, visibleRange } from '../../../renderer/features/calendar/range';
import { event } from './fixtures';

describe('event form model', () => {
  it('says the end is before the start at the end date, or at the end time on the same day', () => {
    expect(validateValues({ ...emptyValues('2027-07-10'), title: 'Obóz', endDate: '2027-07-09' })).toEqual({
      endDate: messageKeys['range.endBeforeStart'],
    });
    const timed = {
      ...emptyValues('2027-07-10'),
      title: 'Narada',
      allDay: false,
      startTime: '10:00',
      endTime: '09:00',
    };
    expect(validateValues(timed)).toEqual({ endTime: messageKeys['range.endBeforeStart'] });
  });

  it('requires a title, an until date for a series ending on a date, and a real date', () => {
    const errors = validateValues({ ...emptyValues('2027-02-29'), repeat: 'yearly', ends: 'until' });
    expect(errors).toMatchObject({
      title: messageKeys.required,
      until: messageKeys.required,
      startDate: messageKeys['date.invalid'],
    });
  });

  it('turns the values into a yearly series with partners and budget, and back', () => {
    const values = {
      ...emptyValues('2027-07-05'),
      title: 'Obóz',
      kind: 'youthCamp' as const,
      endDate: '2027-07-15',
      partnerIds: ['r', 'd'],
      budget: 12000,
      currency: 'eur',
      repeat: 'yearly' as const,
      ends: 'count' as const,
      count: 5,
      town: ' Swarzędz ',
    };
    const input = inputFromValues(values);
    expect(input).toMatchObject({
      start: '2027-07-05',
      end: '2027-07-15',
      partnerIds: ['r', 'd'],
      budget: { amount: 12000, currency: 'EUR' },
      recurrence: { freq: 'yearly', interval: 1, count: 5 },
      place: { town: 'Swarzędz' },
    });
    const stored = event({
      ...input,
      id: 'x',
      series: 1,
      recurrence: { freq: 'yearly', interval: 1, count: 5 },
    } as Parameters<typeof event>[0]);
    expect(valuesFromEvent(stored)).toMatchObject({
      repeat: 'yearly',
      ends: 'count',
      count: 5,
      currency: 'EUR',
      budget: 12000,
    });
  });
});

describe('calendar views', () => {
  it('shows whole Monday-to-Sunday weeks around a month and steps by the view', () => {
    expect(visibleRange('month', '2027-08-15')).toEqual({ from: '2027-07-26', to: '2027-09-05' });
    expect(visibleRange('week', '2027-08-15')).toEqual({ from: '2027-08-09', to: '2027-08-15' });
    expect(stepCursor('month', '2027-01-31', 1)).toBe('2027-02-28');
    expect(stepCursor('year', '2027-08-15', -1)).toBe('2026-08-15');
  });

  it('filters by kind (visits as a kind of their own), partner, status and coordinator', () => {
    const camp = itemFromOccurrence(
      expandEvent(event({ partnerIds: ['r'], coordinator: 'Anna' }), '2027-01-01', '2027-12-31')[0]!,
    );
    const visit = itemFromVisit({
      id: 'v',
      direction: 'incoming',
      partnerIds: ['d'],
      title: 'Wizyta',
      start: '2027-07-12',
      end: '2027-07-13',
      status: 'planned',
      members: [],
      programme: [],
      logistics: [],
      costs: [],
      createdAt: '',
      updatedAt: '',
    });
    const keep = (f: Partial<typeof noFilters>) =>
      [camp, visit].filter((i) => matchesFilters(i, { ...noFilters, ...f })).map((i) => i.type);
    expect(keep({ kind: 'visit' })).toEqual(['visit']);
    expect(keep({ kind: 'youthCamp' })).toEqual(['event']);
    expect(keep({ partner: 'd' })).toEqual(['visit']);
    expect(keep({ status: 'planned' })).toEqual(['event', 'visit']);
    expect(keep({ coordinator: 'Anna' })).toEqual(['event']);
  });
});
