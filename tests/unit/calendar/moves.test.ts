// Where a dragged event lands: days or hours moved with its length kept, its end edge moved, a series moved whole.
import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../../shared/domain';
import { dragged, seriesMoved } from '../../../renderer/features/calendar/moves';

describe('a dragged event', () => {
  it('moves whole days and keeps its length and its hours', () => {
    expect(
      dragged({ start: '2026-11-20', end: '2026-11-25' }, { day: '2026-11-22' }, { day: '2026-11-29' }, 'move'),
    ).toEqual({
      start: '2026-11-27',
      end: '2026-12-02',
    });
    expect(
      dragged(
        { start: '2026-11-20T10:00', end: '2026-11-20T11:30' },
        { day: '2026-11-20' },
        { day: '2026-11-18' },
        'move',
      ),
    ).toEqual({ start: '2026-11-18T10:00', end: '2026-11-18T11:30' });
  });

  it('moves between hours of the week view, across midnight too', () => {
    expect(
      dragged(
        { start: '2026-11-20T22:00', end: '2026-11-20T23:30' },
        { day: '2026-11-20', time: '22:00' },
        { day: '2026-11-20', time: '23:00' },
        'move',
      ),
    ).toEqual({ start: '2026-11-20T23:00', end: '2026-11-21T00:30' });
  });

  it('changes only its end when the end edge is dragged, and never before its start', () => {
    const span = { start: '2026-11-20', end: '2026-11-21' };
    expect(dragged(span, { day: '2026-11-21' }, { day: '2026-11-24' }, 'end')).toEqual({
      start: '2026-11-20',
      end: '2026-11-24',
    });
    expect(dragged(span, { day: '2026-11-21' }, { day: '2026-11-19' }, 'end')).toBeUndefined();
    expect(dragged(span, { day: '2026-11-21' }, { day: '2026-11-21' }, 'move')).toBeUndefined();
    expect(
      dragged(
        { start: '2026-11-20T10:00', end: '2026-11-20T11:00' },
        { day: '2026-11-20', time: '10:00' },
        { day: '2026-11-20', time: '14:00' },
        'end',
      ),
    ).toEqual({ start: '2026-11-20T10:00', end: '2026-11-20T15:00' });
  });

  it('moves a weekly series with its weekdays when the whole series is chosen', () => {
    const event = {
      id: 'e1',
      title: 'Kurs językowy',
      kind: 'other',
      allDay: true,
      start: '2026-11-03',
      end: '2026-11-03',
      host: 'home',
      partnerIds: [],
      status: 'planned',
      series: 1,
      recurrence: { freq: 'weekly', interval: 1, weekdays: ['TU', 'SU'] },
    } as unknown as CalendarEvent;
    const moved = seriesMoved(
      event,
      { start: '2026-11-17', end: '2026-11-17' },
      { start: '2026-11-19', end: '2026-11-19' },
    );
    expect(moved.start).toBe('2026-11-05');
    expect(moved.end).toBe('2026-11-05');
    expect(moved.recurrence?.weekdays).toEqual(['TH', 'TU']);
  });
});
