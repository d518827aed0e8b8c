// The privacy page offers contacts with no event or visit for five years for anonymisation, and anonymises them.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DormantPeopleCard } from '../../../renderer/features/exchanges/DormantPeopleCard';
import { ERASURE_REGISTER_KEY } from '../../../renderer/platform/browserPrivacy';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

describe('contacts and delegation members without activity', () => {
  it('lists a contact whose town had nothing for five years and anonymises them after confirmation', async () => {
    const db = await freshDatabase();
    await db.contacts.put({
      id: 'c1',
      partnerId: 'p-none',
      name: 'Greta Altkontakt',
      role: 'coordinator',
      email: 'greta@example.se',
      languages: ['sv'],
      createdAt: '2010-01-01T00:00:00.000Z',
      updatedAt: '2010-01-01T00:00:00.000Z',
    });
    const user = userEvent.setup();
    renderInApp(<DormantPeopleCard />);
    const table = await screen.findByRole('table', { name: 'Osoby do anonimizacji' });
    expect(within(table).getByText('Greta Altkontakt')).toBeTruthy();
    expect(within(table).getByText('nigdy')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Anonimizuj 1 osobę…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Zanonimizować te osoby?' });
    await user.click(within(dialog).getByRole('button', { name: 'Anonimizuj' }));
    expect(await screen.findByText('Nikt nie czeka na anonimizację.')).toBeTruthy();
    await waitFor(async () => expect((await db.contacts.get('c1'))?.name).toBe('—'));
    expect(JSON.stringify(await db.contacts.get('c1'))).not.toMatch(/Greta|example/);
    // Recorded like a camp's run: in the database's register and in the copy outside it, with what it did to backups.
    expect(await screen.findByText('Żadna kopia automatyczna nie zawierała tych osób.')).toBeTruthy();
    expect((await db.anonymisations.toArray()).map((r) => r.contactIds)).toEqual([['c1']]);
    expect(globalThis.localStorage.getItem(ERASURE_REGISTER_KEY)).toContain('"contactIds":["c1"]');
  });
});
