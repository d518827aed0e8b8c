import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveRoom } from '../../../renderer/db/repositories/rooms';
import { changeLanguage } from '../../../renderer/i18n';
import { adult, EDITION, exampleCamp, openCamp, registerPeople } from './campSetup';

async function addRoom(user: UserEvent, name: string, beds: number) {
  await user.type(screen.getByRole('textbox', { name: 'Nazwa pokoju' }), name);
  const capacity = screen.getByRole('textbox', { name: 'Liczba miejsc' });
  await user.clear(capacity);
  await user.type(capacity, String(beds));
  await user.click(screen.getByRole('button', { name: 'Dodaj pokój' }));
  await screen.findByRole('cell', { name });
}

const rooms = () =>
  within(screen.getByRole('table', { name: 'Pokoje' }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.textContent);
const roomOptions = (who: string) =>
  within(screen.getByRole('combobox', { name: `Pokój: ${who}` }))
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('editing and deleting rooms of a camp edition', () => {
  it('renames a room and changes its beds in place, keeping the people in it; cancelling changes nothing', async () => {
    const { db, eventId } = await exampleCamp();
    const room = await saveRoom({ eventId, occurrence: EDITION, name: '101', capacity: 2 });
    await registerPeople([
      adult(eventId, 'Anna', 'Kowalska', { roomId: room.id }),
      adult(eventId, 'Bartosz', 'Nowak', { roomId: room.id }),
      adult(eventId, 'Celina', 'Wiśniewska', { roomId: room.id }),
    ]);
    const user = userEvent.setup();
    await openCamp(eventId, 'rooms');
    expect(rooms()).toEqual(['101zajęte: 3 / 2EdytujUsuń']);
    expect(screen.getByRole('alert').textContent).toBe('Pokój 101 jest przepełniony (osób: 3, miejsc: 2)');

    await user.click(screen.getByRole('button', { name: 'Edytuj pokój 101' }));
    const name = screen.getByRole('textbox', { name: 'Nowa nazwa pokoju 101' });
    const beds = screen.getByRole('textbox', { name: 'Liczba miejsc w pokoju 101' });
    expect((name as HTMLInputElement).value).toBe('101');
    expect((beds as HTMLInputElement).value).toBe('2');
    await user.clear(name);
    await user.type(name, 'Zmieniona');
    await user.click(screen.getByRole('button', { name: 'Anuluj edycję pokoju 101' }));
    expect(rooms()).toEqual(['101zajęte: 3 / 2EdytujUsuń']);

    await user.click(screen.getByRole('button', { name: 'Edytuj pokój 101' }));
    await user.clear(screen.getByRole('textbox', { name: 'Nowa nazwa pokoju 101' }));
    await user.type(screen.getByRole('textbox', { name: 'Nowa nazwa pokoju 101' }), 'Poddasze');
    const bedsAgain = screen.getByRole('textbox', { name: 'Liczba miejsc w pokoju 101' });
    await user.clear(bedsAgain);
    expect(screen.getByRole('button', { name: 'Zapisz pokój 101' })).toHaveProperty('disabled', true);
    await user.type(bedsAgain, '3');
    await user.click(screen.getByRole('button', { name: 'Zapisz pokój 101' }));

    await waitFor(() => expect(rooms()).toEqual(['Poddaszezajęte: 3 / 3EdytujUsuń']));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(roomOptions('Anna Kowalska')).toEqual(['— bez pokoju —', 'Poddasze (3/3)']);
    expect((screen.getByRole('combobox', { name: 'Pokój: Celina Wiśniewska' }) as HTMLSelectElement).value).toBe(
      room.id,
    );
    expect(await db.rooms.toArray()).toMatchObject([
      { id: room.id, name: 'Poddasze', capacity: 3, createdAt: room.createdAt },
    ]);
    expect((await db.participants.toArray()).map((p) => p.roomId)).toEqual([room.id, room.id, room.id]);

    // Enter saves too.
    await user.click(screen.getByRole('button', { name: 'Edytuj pokój Poddasze' }));
    await user.type(screen.getByRole('textbox', { name: 'Nowa nazwa pokoju Poddasze' }), ' B{Enter}');
    await waitFor(() => expect(rooms()).toEqual(['Poddasze Bzajęte: 3 / 3EdytujUsuń']));
  });

  it('refuses a name another room of the edition already has, when adding and when renaming, in Polish and English', async () => {
    const { db, eventId } = await exampleCamp();
    const user = userEvent.setup();
    await openCamp(eventId, 'rooms');
    await addRoom(user, '101', 2);
    await addRoom(user, 'Sala A', 4);

    await user.type(screen.getByRole('textbox', { name: 'Nazwa pokoju' }), ' sala a');
    expect(screen.getByText('Pokój o nazwie „sala a” już jest w tej edycji obozu')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Nazwa pokoju' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('button', { name: 'Dodaj pokój' })).toHaveProperty('disabled', true);
    await user.type(screen.getByRole('textbox', { name: 'Nazwa pokoju' }), '2');
    expect(screen.queryByText(/już jest w tej edycji obozu/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Dodaj pokój' })).toHaveProperty('disabled', false);

    await user.click(screen.getByRole('button', { name: 'Edytuj pokój 101' }));
    const name = screen.getByRole('textbox', { name: 'Nowa nazwa pokoju 101' });
    await user.clear(name);
    await user.type(name, 'Sala A');
    expect(screen.getByText('Pokój o nazwie „Sala A” już jest w tej edycji obozu')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Zapisz pokój 101' })).toHaveProperty('disabled', true);
    await user.type(name, '{Enter}');

    await changeLanguage('en');
    try {
      expect(await screen.findByText('This camp edition already has a room called “Sala A”')).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Save room 101' })).toHaveProperty('disabled', true);
    } finally {
      await changeLanguage('pl');
    }
    expect((await db.rooms.toArray()).map((r) => r.name).sort()).toEqual(['101', 'Sala A']);
  });

  it('asks before deleting a room, saying how many people lose their room; cancelling keeps everything', async () => {
    const { db, eventId } = await exampleCamp();
    const gym = await saveRoom({ eventId, occurrence: EDITION, name: 'Sala gimnastyczna', capacity: 30 });
    await saveRoom({ eventId, occurrence: EDITION, name: 'Pusty', capacity: 2 });
    await registerPeople([
      adult(eventId, 'Anna', 'Kowalska', { roomId: gym.id }),
      adult(eventId, 'Bartosz', 'Nowak', { roomId: gym.id }),
      // Withdrawn after being given a bed: the deletion clears hers too, so she is counted.
      adult(eventId, 'Ewa', 'Wycofana', { roomId: gym.id, status: 'withdrawn' }),
      adult(eventId, 'Dawid', 'Zieliński'),
    ]);
    const user = userEvent.setup();
    await openCamp(eventId, 'rooms');

    await user.click(screen.getByRole('button', { name: 'Usuń pokój Sala gimnastyczna' }));
    let dialog = await screen.findByRole('dialog', { name: 'Usunąć pokój Sala gimnastyczna?' });
    expect(within(dialog).getByText('Pokój zostanie usunięty, a 3 osoby stracą przydział do pokoju.')).toBeTruthy();
    await changeLanguage('en');
    try {
      expect(
        await within(dialog).findByText('The room will be deleted and 3 people will lose their room assignment.'),
      ).toBeTruthy();
    } finally {
      await changeLanguage('pl');
    }
    await user.click(within(dialog).getByRole('button', { name: 'Anuluj' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('cell', { name: 'Sala gimnastyczna' })).toBeTruthy();
    expect(await db.rooms.count()).toBe(2);
    expect((await db.participants.toArray()).filter((p) => p.roomId === gym.id)).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Usuń pokój Pusty' }));
    dialog = await screen.findByRole('dialog', { name: 'Usunąć pokój Pusty?' });
    expect(within(dialog).getByText('Pokój zostanie usunięty. Nikt nie ma w nim przydziału.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Usuń' }));
    await waitFor(() => expect(screen.queryByRole('cell', { name: 'Pusty' })).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Usuń pokój Sala gimnastyczna' }));
    dialog = await screen.findByRole('dialog', { name: 'Usunąć pokój Sala gimnastyczna?' });
    await user.click(within(dialog).getByRole('button', { name: 'Usuń' }));
    await waitFor(() => expect(screen.queryByRole('cell', { name: 'Sala gimnastyczna' })).toBeNull());
    expect((screen.getByRole('combobox', { name: 'Pokój: Anna Kowalska' }) as HTMLSelectElement).value).toBe('');
    expect(await db.rooms.count()).toBe(0);
    expect((await db.participants.toArray()).map((p) => p.roomId)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
