// A series' rule in an event's details is one phrase per frequency with Polish plural forms, and weekdays are joined as a sentence.
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandEvent } from '../../../shared/calendar/recurrence';
import type { CalendarEvent } from '../../../shared/domain';
import { saveEvent } from '../../../renderer/db/repositories/events';
import { EventDetails } from '../../../renderer/features/calendar/EventDetails';
import { changeLanguage } from '../../../renderer/i18n';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

let lessons: CalendarEvent;

beforeEach(async () => {
  await freshDatabase();
  await changeLanguage('pl');
  lessons = await saveEvent({
    title: 'Kurs języka niemieckiego',
    kind: 'other',
    allDay: false,
    start: '2027-03-01T17:00',
    end: '2027-03-01T18:30',
    host: 'home',
    partnerIds: [],
    status: 'planned',
    series: 1,
    recurrence: { freq: 'weekly', interval: 2, weekdays: ['MO', 'WE', 'FR'], count: 12 },
  });
});

afterEach(async () => {
  await act(() => changeLanguage('pl'));
});

const show = () =>
  renderInApp(
    <EventDetails
      occurrence={expandEvent(lessons, '2027-03-01', '2027-12-31')[0]!}
      clashes={[]}
      partners={[]}
      homeName="Swarzędz"
      onEdit={() => undefined}
      onClose={() => undefined}
    />,
  );

describe('a series in an event’s details', () => {
  it('says “co 2 tygodnie w dni: poniedziałek, środa i piątek” and asks before deleting the whole series', async () => {
    const user = userEvent.setup();
    show();
    expect(await screen.findByText(/^co 2 tygodnie w dni: poniedziałek, środa i piątek 12 razy$/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Usuń wydarzenie' }));
    expect(
      screen.getByText(
        'Usunąć wydarzenie „Kurs języka niemieckiego” wraz z całą serią? Tej operacji nie można cofnąć.',
      ),
    ).toBeTruthy();
  });

  it('says “every 2 weeks on Monday, Wednesday and Friday” in English', async () => {
    await act(() => changeLanguage('en'));
    show();
    expect(await screen.findByText(/^every 2 weeks on Monday, Wednesday and Friday 12 times$/)).toBeTruthy();
  });
});
