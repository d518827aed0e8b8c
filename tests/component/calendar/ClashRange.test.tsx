// The event form warns of a holiday anywhere in a date range while editing, before anything is saved.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClashContext } from '../../../shared/calendar/clashes';
import { holidaysBetween } from '../../../shared/calendar/holidays';
import { expandEvent } from '../../../shared/calendar/recurrence';
import type { CalendarEvent } from '../../../shared/domain';
import { allEvents, saveEvent } from '../../../renderer/db/repositories/events';
import { EventForm, type FormMode } from '../../../renderer/features/calendar/EventForm';
import { changeLanguage } from '../../../renderer/i18n';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

const ctx = (language: 'pl' | 'en'): ClashContext => ({
  homeCountry: 'PL',
  partnerCountry: () => undefined,
  holidays: (countries, from, to) => holidaysBetween(countries, from, to, language),
});
let camp: CalendarEvent;

beforeEach(async () => {
  await freshDatabase();
  await changeLanguage('pl');
  camp = await saveEvent({
    title: 'Obóz trzech miast',
    kind: 'youthCamp',
    allDay: true,
    start: '2027-07-10',
    end: '2027-07-20',
    host: 'home',
    partnerIds: [],
    status: 'planned',
    recurrence: { freq: 'yearly', interval: 1 },
  });
});

afterEach(async () => {
  await act(() => changeLanguage('pl'));
});

async function moveTo(mode: FormMode, language: 'pl' | 'en', labels: [string, string], dates: [string, string]) {
  const user = userEvent.setup({ delay: null });
  renderInApp(
    <EventForm mode={mode} partners={[]} homeName="Swarzędz" ctx={ctx(language)} onClose={() => undefined} />,
  );
  for (const [label, date] of [
    [labels[0], dates[0]],
    [labels[1], dates[1]],
  ] as const) {
    const field = screen.getByRole('textbox', { name: label });
    await user.clear(field);
    await user.type(field, date);
  }
  return screen.findByRole('alert');
}

describe('the holiday warning for a range in the event form', () => {
  it('warns about 15 August when one camp is moved to 8–21 August, before saving', async () => {
    const occurrence = expandEvent(camp, '2027-07-10', '2027-07-10')[0]!;
    const alert = await moveTo(
      { kind: 'occurrence', event: camp, occurrence },
      'pl',
      ['Data rozpoczęcia', 'Data zakończenia'],
      ['08.08.2027', '21.08.2027'],
    );
    expect(within(alert).getByText(/Wniebowzięcie Najświętszej Maryi Panny/)).toBeTruthy();
    // Nothing was saved: the camp is still in July.
    expect((await allEvents())[0]).toMatchObject({ start: '2027-07-10', exceptions: [] });
  });

  it('warns for the whole series moved over 15 August, in English', async () => {
    await changeLanguage('en');
    const alert = await moveTo(
      { kind: 'series', event: camp },
      'en',
      ['Start date', 'End date'],
      ['08/08/2027', '21/08/2027'],
    );
    expect(within(alert).getByText(/Assumption/)).toBeTruthy();
  });

  it('stays silent for a range without a holiday', async () => {
    const user = userEvent.setup({ delay: null });
    renderInApp(
      <EventForm
        mode={{ kind: 'series', event: camp }}
        partners={[]}
        homeName="Swarzędz"
        ctx={ctx('pl')}
        onClose={() => undefined}
      />,
    );
    const end = screen.getByRole('textbox', { name: 'Data zakończenia' });
    await user.clear(end);
    await user.type(end, '25.07.2027');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
