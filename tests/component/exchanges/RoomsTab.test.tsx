import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../../renderer/i18n';
import { adult, exampleCamp, openCamp, registerPeople } from './campSetup';

async function addRoom(user: UserEvent, name: string, beds: number) {
  await user.type(screen.getByRole('textbox', { name: 'Nazwa pokoju' }), name);
  const capacity = screen.getByRole('textbox', { name: 'Liczba miejsc' });
  await user.clear(capacity);
  await user.type(capacity, String(beds));
  await user.click(screen.getByRole('button', { name: 'Dodaj pokój' }));
  await screen.findByRole('cell', { name });
}

async function putInRoom(user: UserEvent, who: string, room: string) {
  const select = screen.getByRole('combobox', { name: `Pokój: ${who}` });
  await user.selectOptions(select, within(select).getByRole('option', { name: new RegExp(`^${room} \\(`) }));
  await waitFor(() =>
    expect((select as HTMLSelectElement).selectedOptions[0]!.textContent).toMatch(new RegExp(`^${room} \\(`)),
  );
}

const occupancy = (room: string) => {
  const row = screen.getByRole('cell', { name: room }).closest('tr')!;
  return row.cells[1]!.textContent;
};

describe('rooming of a camp edition', () => {
  it('makes rooms, assigns and moves people, flags a full room on the tab and in the checklist, and prints the list', async () => {
    const { db, eventId } = await exampleCamp();
    await registerPeople([
      adult(eventId, 'Anna', 'Kowalska'),
      adult(eventId, 'Bartosz', 'Nowak'),
      adult(eventId, 'Celina', 'Wiśniewska'),
      adult(eventId, 'Dawid', 'Zieliński'),
      adult(eventId, 'Ewa', 'Wycofana', { status: 'withdrawn' }),
    ]);
    const user = userEvent.setup();
    await openCamp(eventId, 'rooms');

    await addRoom(user, '101', 2);
    await addRoom(user, '102', 1);
    expect((screen.getByRole('textbox', { name: 'Nazwa pokoju' }) as HTMLInputElement).value).toBe('');
    expect(occupancy('101')).toBe('zajęte: 0 / 2');
    expect(occupancy('102')).toBe('zajęte: 0 / 1');
    // Only people who are coming get a room: the withdrawn one is not offered.
    const assignments = screen.getByRole('table', { name: 'Przydział do pokoi' });
    expect(within(assignments).getAllByRole('combobox')).toHaveLength(4);
    expect(within(assignments).queryByText(/Wycofana/)).toBeNull();

    await putInRoom(user, 'Anna Kowalska', '101');
    await putInRoom(user, 'Bartosz Nowak', '101');
    await putInRoom(user, 'Celina Wiśniewska', '101');
    await waitFor(() => expect(occupancy('101')).toBe('zajęte: 3 / 2'));
    expect(screen.getByRole('alert').textContent).toBe('Pokój 101 jest przepełniony (osób: 3, miejsc: 2)');
    expect(within(screen.getByRole('tab', { name: /Gotowość/ })).getByText('1')).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: /Gotowość/ }));
    const checklist = await screen.findByRole('list', { name: 'Do poprawienia przed obozem' });
    const item = within(checklist).getByRole('listitem');
    expect(within(item).getByRole('link', { name: 'Pokój 101 jest przepełniony (osób: 3, miejsc: 2)' })).toBeTruthy();
    expect(
      within(item)
        .getAllByRole('link')
        .slice(1)
        .map((a) => a.textContent),
    ).toEqual(['Anna Kowalska', 'Bartosz Nowak', 'Celina Wiśniewska']);

    // The checklist's link leads back to the rooms; there Celina moves to the single room.
    await user.click(within(item).getByRole('link', { name: /^Pokój 101/ }));
    await screen.findByRole('table', { name: 'Pokoje' });
    await putInRoom(user, 'Celina Wiśniewska', '102');
    await waitFor(() => expect(occupancy('101')).toBe('zajęte: 2 / 2'));
    expect(occupancy('102')).toBe('zajęte: 1 / 1');
    expect(screen.queryByRole('alert')).toBeNull();
    const room102 = (await db.rooms.toArray()).find((r) => r.name === '102');
    const celina = (await db.participants.toArray()).find((p) => p.lastName === 'Wiśniewska')!;
    expect(celina.roomId).toBe(room102!.id);

    await user.click(screen.getByRole('tab', { name: /Gotowość/ }));
    expect(await screen.findByText('Wszystko gotowe: nic do poprawienia.')).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: 'Zakwaterowanie' }));
    await user.click(await screen.findByRole('link', { name: 'Lista zakwaterowania do druku' }));
    expect(await screen.findByRole('heading', { name: 'Lista zakwaterowania' })).toBeTruthy();
    const rows = (room: string) =>
      within(screen.getByRole('table', { name: room }))
        .getAllByRole('row')
        .map((r) => r.textContent);
    expect(rows('101')).toEqual([
      '101 — zajęte: 2 / 2',
      'Kowalska AnnaSwarzędzopiekun',
      'Nowak BartoszSwarzędzopiekun',
    ]);
    expect(rows('102')).toEqual(['102 — zajęte: 1 / 1', 'Wiśniewska CelinaSwarzędzopiekun']);
    expect(screen.getByText('Bez przydziału: Zieliński Dawid')).toBeTruthy();
    expect(screen.queryByText(/Wycofana/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Drukuj' })).toBeTruthy();

    await changeLanguage('en');
    try {
      expect(await screen.findByRole('heading', { name: 'Rooming list' })).toBeTruthy();
      expect(within(screen.getByRole('table', { name: '101' })).getByText('101 — taken: 2 / 2')).toBeTruthy();
      expect(screen.getByText('Without a room: Zieliński Dawid')).toBeTruthy();
    } finally {
      await changeLanguage('pl');
    }
    await user.click(screen.getByRole('link', { name: 'Wróć do obozu' }));
    expect(await screen.findByRole('table', { name: 'Pokoje' })).toBeTruthy();
  });

  it('deleting a room leaves its people registered, without a room', async () => {
    const { db, eventId } = await exampleCamp();
    await registerPeople([adult(eventId, 'Anna', 'Kowalska')]);
    const user = userEvent.setup();
    await openCamp(eventId, 'rooms');
    await addRoom(user, 'Sala gimnastyczna', 30);
    await putInRoom(user, 'Anna Kowalska', 'Sala gimnastyczna');
    await user.click(screen.getByRole('button', { name: 'Usuń pokój Sala gimnastyczna' }));
    const dialog = await screen.findByRole('dialog', { name: 'Usunąć pokój Sala gimnastyczna?' });
    expect(within(dialog).getByText('Pokój zostanie usunięty, a 1 osoba straci przydział do pokoju.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Usuń' }));
    await waitFor(() => expect(screen.queryByRole('cell', { name: 'Sala gimnastyczna' })).toBeNull());
    const select = screen.getByRole('combobox', { name: 'Pokój: Anna Kowalska' }) as HTMLSelectElement;
    expect(select.value).toBe('');
    const [anna] = await db.participants.toArray();
    expect(anna!.roomId).toBeUndefined();
  });

  it('offers to add a room only once it has a name and a number of beds', async () => {
    const { db, eventId } = await exampleCamp();
    const user = userEvent.setup();
    await openCamp(eventId, 'rooms');
    const add = screen.getByRole('button', { name: 'Dodaj pokój' });
    expect(add).toHaveProperty('disabled', true);
    await user.type(screen.getByRole('textbox', { name: 'Nazwa pokoju' }), 'Poddasze');
    expect(add).toHaveProperty('disabled', false);
    await user.clear(screen.getByRole('textbox', { name: 'Liczba miejsc' }));
    expect(add).toHaveProperty('disabled', true);
    await user.type(screen.getByRole('textbox', { name: 'Liczba miejsc' }), '4');
    await user.click(add);
    expect(await screen.findByRole('cell', { name: 'Poddasze' })).toBeTruthy();
    expect(occupancy('Poddasze')).toBe('zajęte: 0 / 4');
    expect((await db.rooms.toArray()).map((r) => [r.name, r.capacity])).toEqual([['Poddasze', 4]]);
  });
});
