// The first connect of a desk holding data: a login without the youth role is warned, before anything is sent or
// removed, that the desk's exchange participants will leave it (the backup made first keeps them); in pl and en.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Team from '../../../renderer/db/sync/team';
import { TeamCard } from '../../../renderer/features/team/TeamCard';
import { platform } from '../../../renderer/platform';
import { changeLanguage } from '../../../renderer/i18n';
import type { Participant } from '../../../shared/domain';
import { ok } from '../../../shared/result';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

const calls: string[] = [];

vi.mock('../../../renderer/db/sync/team', async (original) => ({
  ...(await original<typeof Team>()),
  joinOffice: vi.fn((account: { user: string }, choice: string) => {
    calls.push(`join ${account.user} ${choice}`);
    return Promise.resolve();
  }),
}));
vi.mock('../../../renderer/features/backup/flows', () => ({
  makeAutoBackup: vi.fn(() => {
    calls.push('backup');
    return Promise.resolve();
  }),
}));

const child = (id: string): Participant =>
  ({
    id,
    eventId: 'camp',
    occurrence: '2027-07-10',
    firstName: 'Kanarek',
    lastName: id,
    birthYear: 2014,
    sendingTown: 'home',
    role: 'participant',
    status: 'confirmed',
    identified: 1,
    createdAt: '2026-12-01T08:00:00.000Z',
    updatedAt: '2026-12-01T08:00:00.000Z',
  }) as unknown as Participant;

function loginWithRoles(roles: string[]) {
  vi.spyOn(platform, 'teamConnect').mockResolvedValue(
    ok({ connected: { url: 'https://couch.gmina.example.pl', user: 'jan', roles } }),
  );
  return vi.spyOn(platform, 'teamDisconnect').mockResolvedValue(ok(null));
}

async function connect() {
  renderInApp(<TeamCard />);
  fireEvent.change(screen.getByLabelText(/Adres serwera|Server address/), {
    target: { value: 'https://couch.gmina.example.pl' },
  });
  fireEvent.change(screen.getByLabelText(/^(Login)/), { target: { value: 'jan' } });
  fireEvent.change(screen.getByLabelText(/Hasło|Password/), { target: { value: 'jan-pass-1' } });
  fireEvent.click(screen.getByRole('button', { name: /^(Połącz|Connect)$/ }));
  return screen.findByRole('dialog');
}

beforeEach(async () => {
  calls.length = 0;
  const db = await freshDatabase();
  await db.participants.bulkPut([child('p1'), child('p2'), child('p3')]);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await changeLanguage('pl');
});

describe('first connect with an office-only login', () => {
  it('warns in Polish that the participants leave this desk, and sends nothing until a choice is made', async () => {
    loginWithRoles(['office']);
    const dialog = await connect();
    const warning = await screen.findByRole('alert');
    expect(warning.textContent).toContain('Uczestnicy wymian znikną z tego stanowiska');
    expect(warning.textContent).toContain(
      'Login jan nie ma roli „youth”, więc 3 uczestnicy wymian zostaną usunięci z tego komputera. Kopia zapasowa robiona przed połączeniem nadal ich zawiera.',
    );
    expect(calls).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Wyślij moje rekordy do referatu' }));
    await waitFor(() => expect(calls).toEqual(['backup', 'join jan send']));
    await waitFor(() => expect(dialog.isConnected).toBe(false));
  });

  it('warns in English too, and Cancel forgets the checked login without connecting', async () => {
    await changeLanguage('en');
    const forget = loginWithRoles(['office']);
    await connect();
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The login jan does not have the “youth” role, so 3 exchange participants will be removed from this computer. The backup made before connecting still holds them.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(forget).toHaveBeenCalledTimes(1));
    expect(calls).toEqual([]);
  });

  it('does not warn a login with the youth role', async () => {
    loginWithRoles(['office', 'youth']);
    await connect();
    expect(await screen.findByText(/Na tym komputerze (jest|są) \d+ rekord/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
