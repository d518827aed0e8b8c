// An event's details list its tasks with due date and done state; one is ticked off and one added from there.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandEvent } from '../../../shared/calendar/recurrence';
import type { CalendarEvent } from '../../../shared/domain';
import { saveEvent } from '../../../renderer/db/repositories/events';
import { listTasks, saveTask } from '../../../renderer/db/repositories/tasks';
import { EventDetails } from '../../../renderer/features/calendar/EventDetails';
import { changeLanguage } from '../../../renderer/i18n';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

let camp: CalendarEvent;

beforeEach(async () => {
  await freshDatabase();
  await changeLanguage('pl');
  camp = await saveEvent({
    title: 'Obóz w Duclair',
    kind: 'youthCamp',
    allDay: true,
    start: '2027-07-10',
    end: '2027-07-20',
    host: 'home',
    partnerIds: [],
    status: 'planned',
  });
  await saveTask({ title: 'Zamówić autokar', due: '2027-06-15', eventId: camp.id, owner: 'Anna' });
  await saveTask({ title: 'Wysłać listę uczestników', due: '2027-05-01', eventId: camp.id, done: 1 });
  await saveTask({ title: 'Zadanie innego wydarzenia', due: '2027-05-02' });
});

afterEach(async () => {
  await act(() => changeLanguage('pl'));
});

const show = () =>
  renderInApp(
    <EventDetails
      occurrence={expandEvent(camp, camp.start, '2099-12-31')[0]!}
      clashes={[]}
      partners={[]}
      homeName="Swarzędz"
      onEdit={() => undefined}
      onClose={() => undefined}
    />,
  );

describe('the tasks in an event’s details', () => {
  it('lists the event’s tasks by due date with their done state, ticks one off and adds one', async () => {
    const user = userEvent.setup();
    show();
    const list = await screen.findByRole('list', { name: 'Zadania tego wydarzenia' });
    const boxes = within(list).getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    const done = within(list).getByRole('checkbox', {
      name: 'Wysłać listę uczestników · termin 01.05.2027 · Wykonane',
    });
    expect((done as HTMLInputElement).checked).toBe(true);
    const open = within(list).getByRole('checkbox', { name: 'Zamówić autokar · termin 15.06.2027 · Anna' });
    expect((open as HTMLInputElement).checked).toBe(false);

    await user.click(open);
    await waitFor(async () => expect((await listTasks()).map((t) => t.title)).toEqual(['Zadanie innego wydarzenia']));

    await user.click(screen.getByRole('button', { name: 'Dodaj zadanie do tego wydarzenia' }));
    const form = screen.getByRole('group', { name: 'Dodaj zadanie do tego wydarzenia' });
    await user.type(within(form).getByRole('textbox', { name: 'Zadanie' }), 'Potwierdzić nocleg');
    const due = within(form).getByRole('textbox', { name: 'Termin' });
    await user.clear(due);
    await user.type(due, '20.06.2027');
    await user.click(within(form).getByRole('button', { name: 'Zapisz zadanie' }));
    expect(await within(list).findByRole('checkbox', { name: 'Potwierdzić nocleg · termin 20.06.2027' })).toBeTruthy();
    const stored = (await listTasks(true)).find((t) => t.title === 'Potwierdzić nocleg');
    expect(stored).toMatchObject({ eventId: camp.id, due: '2027-06-20', done: 0 });
  });

  it('says so in English when the event has no tasks', async () => {
    await changeLanguage('en');
    camp = await saveEvent({ ...camp, id: undefined, title: 'Europe Days' });
    show();
    expect(await screen.findByText('No tasks tied to this event')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add a task to this event' })).toBeTruthy();
  });
});
