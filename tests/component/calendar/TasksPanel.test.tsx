// The tasks panel: tying a task to a delegation visit, follow-ups named by their visit, and deadlines set
// a number of days or weeks before the linked event's start.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/calendar/dates';
import type { Partner } from '../../../shared/domain';
import { todayIso } from '../../../renderer/app/today';
import { saveEvent } from '../../../renderer/db/repositories/events';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { listTasks, saveTask } from '../../../renderer/db/repositories/tasks';
import { saveVisit } from '../../../renderer/db/repositories/visits';
import { TasksPanel } from '../../../renderer/features/calendar/TasksPanel';
import { changeLanguage } from '../../../renderer/i18n';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

const pl = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
let partner: Partner;

beforeEach(async () => {
  await freshDatabase();
  partner = await savePartner({ name: 'Ronnenberg', country: 'DE', relationKind: 'partnership', status: 'active' });
});

afterEach(async () => {
  await changeLanguage('pl');
});

function VisitStandIn() {
  return <p>Strona wizyty {useParams().visitId}</p>;
}

function renderPanel() {
  renderInApp(
    <Routes>
      <Route path="/calendar" element={<TasksPanel partners={[partner]} />} />
      <Route path="/visits/:visitId" element={<VisitStandIn />} />
    </Routes>,
    '/calendar',
  );
}

/** Picks an option of a select whose options may arrive a moment after it opens. */
async function pick(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  const combobox = screen.getByRole('combobox', { name: label });
  await user.click(combobox);
  const item = await waitFor(() => {
    const listbox = document.getElementById(combobox.getAttribute('aria-controls') ?? '');
    if (!listbox) throw new Error('the list of options did not open');
    // jsdom computes no styles, so the dropdown's opening transition leaves its options “hidden” to the query.
    return within(listbox).getByRole('option', { name: option, hidden: true });
  });
  await user.click(item);
}

const visitInput = (title: string, start: string) => ({
  direction: 'incoming' as const,
  partnerIds: [partner.id],
  title,
  start,
  end: addDays(start, 2),
  status: 'planned' as const,
});

describe('tasks tied to visits', () => {
  it('links a new task to a visit picked by its title and opens the visit from the list', async () => {
    const user = userEvent.setup();
    const start = addDays(todayIso(), 30);
    const visit = await saveVisit(visitInput('Delegacja z Ronnenbergu', start));
    await saveVisit(visitInput('Wizyta w Duclair', addDays(start, 60)));
    renderPanel();

    await user.type(screen.getByRole('textbox', { name: 'Zadanie' }), 'Zamówić tłumacza');
    await user.type(screen.getByRole('combobox', { name: 'Powiązana wizyta' }), 'Ronnen');
    await pick(user, 'Powiązana wizyta', `Delegacja z Ronnenbergu (${pl(start)})`);
    await user.click(screen.getByRole('button', { name: 'Dodaj zadanie' }));

    const row = await screen.findByRole('row', { name: /Zamówić tłumacza/ });
    expect((await listTasks()).map((t) => [t.title, t.visitId])).toEqual([['Zamówić tłumacza', visit.id]]);
    const link = await within(row).findByRole('link', { name: 'Delegacja z Ronnenbergu' });
    expect(row.textContent).toContain('Wizyta: Delegacja z Ronnenbergu');
    await user.click(link);
    expect(await screen.findByText(`Strona wizyty ${visit.id}`)).toBeTruthy();
  });

  it('names a visit’s follow-up by its visit, next to its partner town', async () => {
    const visit = await saveVisit(visitInput('Delegacja z Ronnenbergu', '2027-05-03'));
    // What the visit's “after” section stores for a follow-up.
    await saveTask({ title: 'Wysłać podziękowania', due: '2027-05-10', visitId: visit.id, partnerId: partner.id });
    renderPanel();
    const row = await screen.findByRole('row', { name: /Wysłać podziękowania/ });
    const visitLink = await within(row).findByRole('link', { name: 'Delegacja z Ronnenbergu' });
    expect(visitLink.getAttribute('href')).toBe(`/visits/${visit.id}`);
    expect(within(row).getByRole('link', { name: 'Ronnenberg' }).getAttribute('href')).toBe(`/partners/${partner.id}`);
  });
});

describe('deadlines before an event', () => {
  it('works out the due date from weeks or days before the event’s start, says so, and stores that date', async () => {
    const user = userEvent.setup();
    const start = addDays(todayIso(), 120);
    const event = await saveEvent({
      title: 'Obóz młodzieżowy',
      kind: 'other',
      allDay: true,
      start,
      end: addDays(start, 10),
      host: 'home',
      status: 'planned',
    });
    renderPanel();
    expect(screen.queryByRole('checkbox', { name: 'Termin przed wydarzeniem' })).toBeNull();

    await user.type(screen.getByRole('textbox', { name: 'Zadanie' }), 'Wysłać zaproszenia');
    await pick(user, 'Powiązane wydarzenie', `Obóz młodzieżowy (${start.slice(0, 4)})`);
    await user.click(screen.getByRole('checkbox', { name: 'Termin przed wydarzeniem' }));

    const due = screen.getByLabelText('Termin') as HTMLInputElement;
    const sixWeeks = addDays(start, -42);
    await waitFor(() => expect(due.value).toBe(pl(sixWeeks)));
    expect(due.readOnly).toBe(true);
    expect(
      screen.getByText(`Termin ${pl(sixWeeks)}: 6 tygodni przed początkiem wydarzenia (${pl(start)})`),
    ).toBeTruthy();
    expect(
      screen.getByText(/Jeśli wydarzenie zostanie później przesunięte, termin zadania się nie zmieni/),
    ).toBeTruthy();

    const amount = screen.getByRole('textbox', { name: 'Ile' });
    await user.clear(amount);
    await user.type(amount, '3');
    await pick(user, 'Jednostka', 'dni');
    await waitFor(() => expect(due.value).toBe(pl(addDays(start, -3))));
    expect(
      screen.getByText(`Termin ${pl(addDays(start, -3))}: 3 dni przed początkiem wydarzenia (${pl(start)})`),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Dodaj zadanie' }));
    const row = await screen.findByRole('row', { name: /Wysłać zaproszenia/ });
    expect(row.textContent).toContain(pl(addDays(start, -3)));
    expect((await listTasks()).map((t) => [t.title, t.due, t.eventId])).toEqual([
      ['Wysłać zaproszenia', addDays(start, -3), event.id],
    ]);
  });

  it('refuses a relative deadline without a number and stores nothing', async () => {
    const user = userEvent.setup();
    const start = addDays(todayIso(), 60);
    await saveEvent({
      title: 'Dni Miasta',
      kind: 'other',
      allDay: true,
      start,
      end: start,
      host: 'home',
      status: 'planned',
    });
    renderPanel();
    await user.type(screen.getByRole('textbox', { name: 'Zadanie' }), 'Zamówić scenę');
    await pick(user, 'Powiązane wydarzenie', `Dni Miasta (${start.slice(0, 4)})`);
    await user.click(screen.getByRole('checkbox', { name: 'Termin przed wydarzeniem' }));
    await user.clear(screen.getByRole('textbox', { name: 'Ile' }));
    await user.click(screen.getByRole('button', { name: 'Dodaj zadanie' }));
    expect(await screen.findByText('To pole jest wymagane')).toBeTruthy();
    expect(await listTasks()).toEqual([]);
  });
});

describe('in English', () => {
  it('offers the visit picker and says how the due date was worked out, one week in the singular', async () => {
    await changeLanguage('en');
    const user = userEvent.setup();
    const start = addDays(todayIso(), 40);
    await saveEvent({
      title: 'Town festival',
      kind: 'other',
      allDay: true,
      start,
      end: start,
      host: 'home',
      status: 'planned',
    });
    renderPanel();
    expect(screen.getByRole('combobox', { name: 'Linked visit' })).toBeTruthy();
    await pick(user, 'Linked event', `Town festival (${start.slice(0, 4)})`);
    await user.click(screen.getByRole('checkbox', { name: 'Due before the event' }));
    const amount = screen.getByRole('textbox', { name: 'How many' });
    await user.clear(amount);
    await user.type(amount, '1');
    expect(await screen.findByText(/: 1 week before the event starts \(/)).toBeTruthy();
    expect(screen.getByText(/If the event moves later, the task keeps this date\./)).toBeTruthy();
  });
});

describe('deleting a task', () => {
  it('says so and offers Undo, which brings the task back', async () => {
    await saveTask({ title: 'Zamówić autokar', due: '2027-06-01' });
    const user = userEvent.setup();
    renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Usuń zadanie „Zamówić autokar”' }));
    const notice = await screen.findByText('Usunięto zadanie „Zamówić autokar”');
    await waitFor(async () => expect(await listTasks()).toEqual([]));
    await user.click(within(notice.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Cofnij' }));
    await waitFor(async () => expect((await listTasks()).map((x) => x.title)).toEqual(['Zamówić autokar']));
    expect(await screen.findByText('Zamówić autokar')).toBeTruthy();
  });
});
