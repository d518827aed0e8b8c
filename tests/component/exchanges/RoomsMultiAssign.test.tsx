// Several people ticked on the rooming tab go into one room together, and out again, in Polish and English.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { saveRoom } from '../../../renderer/db/repositories/rooms';
import { changeLanguage } from '../../../renderer/i18n';
import { adult, EDITION, exampleCamp, openCamp, registerPeople } from './campSetup';

async function campWithRooms() {
  const { db, eventId } = await exampleCamp();
  await registerPeople([
    adult(eventId, 'Anna', 'Kowalska'),
    adult(eventId, 'Bartosz', 'Nowak'),
    adult(eventId, 'Celina', 'Wiśniewska'),
  ]);
  await saveRoom({ eventId, occurrence: EDITION, name: '101', capacity: 3 });
  await saveRoom({ eventId, occurrence: EDITION, name: '102', capacity: 2 });
  await openCamp(eventId, 'rooms');
  const roomOf = async (lastName: string) => {
    const p = (await db.participants.toArray()).find((x) => x.lastName === lastName)!;
    return (await db.rooms.toArray()).find((r) => r.id === p.roomId)?.name;
  };
  return { roomOf };
}

const pick = async (user: UserEvent, select: HTMLElement, name: string | RegExp) =>
  user.selectOptions(select, within(select).getByRole('option', { name }));

describe('putting several people in a room at once', () => {
  afterEach(async () => {
    await changeLanguage('pl');
  });

  it('assigns the ticked people to the chosen room in one step and says so, then takes them out again', async () => {
    const { roomOf } = await campWithRooms();
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Przydział do pokoi' });
    const assign = screen.getByRole('button', { name: 'Przydziel do pokoju' });
    // Nothing ticked, no room chosen: nothing to do yet.
    expect((assign as HTMLButtonElement).disabled).toBe(true);
    expect(within(table).getByRole('columnheader', { name: 'Nazwisko i imię' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );

    await user.click(within(table).getByRole('checkbox', { name: 'Zaznacz: Anna Kowalska' }));
    await user.click(within(table).getByRole('checkbox', { name: 'Zaznacz: Celina Wiśniewska' }));
    expect(screen.getByText('Zaznaczono 2 osoby')).toBeTruthy();
    expect(within(table).getByRole('checkbox', { name: 'Zaznacz wszystkich' })).toHaveProperty('indeterminate', true);
    await pick(user, screen.getByRole('combobox', { name: 'Pokój dla zaznaczonych' }), /^101 \(0\/3\)$/);
    await user.click(assign);

    expect(await screen.findByText('Przydzielono 2 osoby do pokoju 101')).toBeTruthy();
    await waitFor(async () => expect(await roomOf('Kowalska')).toBe('101'));
    expect(await roomOf('Wiśniewska')).toBe('101');
    expect(await roomOf('Nowak')).toBeUndefined();
    // Each person's own select follows, and the ticks are cleared for the next group.
    const own = screen.getByRole('combobox', { name: 'Pokój: Celina Wiśniewska' }) as HTMLSelectElement;
    await waitFor(() => expect(own.selectedOptions[0]!.textContent).toBe('101 (2/3)'));
    expect(within(table).getByRole('checkbox', { name: 'Zaznacz: Anna Kowalska' })).toHaveProperty('checked', false);

    // Everyone at once, out of any room.
    await user.click(within(table).getByRole('checkbox', { name: 'Zaznacz wszystkich' }));
    expect(screen.getByText('Zaznaczono 3 osoby')).toBeTruthy();
    await pick(user, screen.getByRole('combobox', { name: 'Pokój dla zaznaczonych' }), '— bez pokoju —');
    await user.click(assign);
    expect(await screen.findByText('Zdjęto przydział 3 osobom')).toBeTruthy();
    await waitFor(async () => expect(await roomOf('Kowalska')).toBeUndefined());
    expect(await roomOf('Wiśniewska')).toBeUndefined();
  });

  it('offers the same in English', async () => {
    await changeLanguage('en');
    const { roomOf } = await campWithRooms();
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Room assignments' });
    expect(within(table).getByRole('columnheader', { name: 'Surname, first name' })).toBeTruthy();
    await user.click(within(table).getByRole('checkbox', { name: 'Select: Bartosz Nowak' }));
    await user.click(within(table).getByRole('checkbox', { name: 'Select: Anna Kowalska' }));
    expect(screen.getByText('2 people selected')).toBeTruthy();
    await pick(user, screen.getByRole('combobox', { name: 'Room for the selected' }), /^102 /);
    await user.click(screen.getByRole('button', { name: 'Assign to room' }));
    expect(await screen.findByText('2 people assigned to room 102')).toBeTruthy();
    await waitFor(async () => expect(await roomOf('Nowak')).toBe('102'));
    expect(await roomOf('Kowalska')).toBe('102');
  });
});
