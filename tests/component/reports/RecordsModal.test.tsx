import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MAX_LISTED, RecordsModal } from '../../../renderer/features/reports/RecordsModal';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

describe('the records behind a report figure', () => {
  it('lists at most 500 and says how many there are in all', async () => {
    const db = await freshDatabase();
    const ids = Array.from({ length: 620 }, (_, i) => `p${String(i).padStart(3, '0')}`);
    await db.partners.bulkAdd(
      ids.map((id) => ({
        id,
        name: `Gmina ${id}`,
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
    renderInApp(<RecordsModal link={{ kind: 'partner', ids }} title="Aktywne" onClose={() => undefined} />);
    const dialog = await screen.findByRole('dialog', { name: 'Lista: Aktywne' });
    expect(
      await within(dialog).findByText('Pokazano pierwsze 500 z 620. Zawęź okres, aby zobaczyć pozostałe.'),
    ).toBeTruthy();
    expect(await within(dialog).findByRole('link', { name: 'Gmina p499' })).toBeTruthy();
    expect(within(dialog).getAllByRole('link')).toHaveLength(MAX_LISTED);
  });
});
