import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../../renderer/i18n';
import SearchDialog from '../../../renderer/features/search/SearchDialog';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

describe('global search dialog', () => {
  it('shows eight towns of a kind, then all of them when asked, in either language', async () => {
    const db = await freshDatabase();
    await db.partners.bulkAdd(
      Array.from({ length: 11 }, (_, i) => ({
        id: `p${i}`,
        name: `Gmina Zielona ${i + 1}`,
        country: 'PL',
        relationKind: 'partnership' as const,
        status: 'active' as const,
        languages: [],
        legalBasis: {},
        areas: [],
        funding: [],
        awards: [],
        createdAt: '',
        updatedAt: '',
      })),
    );
    const user = userEvent.setup();
    renderInApp(<SearchDialog opened onClose={() => undefined} />);
    const input = await screen.findByRole('combobox', {
      name: 'Szukaj gmin, kontaktów, wydarzeń, wizyt, zadań i upominków',
    });
    await user.type(input, 'zielona');
    const results = screen.getByRole('listbox', { name: 'Wyniki wyszukiwania' });
    expect(await within(results).findAllByRole('option')).toHaveLength(8);
    await user.click(within(results).getByRole('button', { name: 'Pokaż wszystkie: Gminy partnerskie (11)' }));
    expect(within(results).getAllByRole('option')).toHaveLength(11);
    expect(within(results).queryByRole('button', { name: /Pokaż/ })).toBeNull();

    // A new query starts with eight again.
    await user.type(input, ' 1');
    await user.clear(input);
    await user.type(input, 'gmina');
    expect(await within(results).findByText('Pokaż jeszcze 3')).toBeTruthy();

    await changeLanguage('en');
    try {
      expect(await within(results).findByText('Show 3 more')).toBeTruthy();
      // The box's own words follow the language too (they are looked up once per language).
      expect(
        screen.getByRole('combobox', { name: 'Search towns, contacts, events, visits, tasks and gifts' }),
      ).toBeTruthy();
      expect(screen.getByText('↑↓ to choose, Enter opens, Esc closes')).toBeTruthy();
    } finally {
      await changeLanguage('pl');
    }
  });

  it('opens again with an empty box and no results after a search was closed', async () => {
    const db = await freshDatabase();
    await db.partners.bulkAdd([
      {
        id: 'p1',
        name: 'Gmina Zielona',
        country: 'PL',
        relationKind: 'partnership' as const,
        status: 'active' as const,
        languages: [],
        legalBasis: {},
        areas: [],
        funding: [],
        awards: [],
        createdAt: '',
        updatedAt: '',
      },
    ]);
    function Host() {
      const [opened, setOpened] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setOpened(true)}>
            Otwórz
          </button>
          <SearchDialog opened={opened} onClose={() => setOpened(false)} />
        </>
      );
    }
    const user = userEvent.setup();
    renderInApp(<Host />);
    const name = 'Szukaj gmin, kontaktów, wydarzeń, wizyt, zadań i upominków';
    await user.type(await screen.findByRole('combobox', { name }), 'zielona');
    expect(await screen.findByRole('option', { name: /Gmina Zielona/ })).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('combobox', { name })).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Otwórz' }));
    expect(((await screen.findByRole('combobox', { name })) as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('option')).toBeNull();
  });
});
