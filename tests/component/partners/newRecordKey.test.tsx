// Ctrl+N on a list page opens the form for a new record, as its button does.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PartnersPage } from '../../../renderer/features/partners/PartnersPage';
import { VisitsPage } from '../../../renderer/features/visits/VisitsPage';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

beforeEach(async () => {
  await freshDatabase();
});

describe('Ctrl+N', () => {
  it('opens a new partner town on the partners list', async () => {
    const user = userEvent.setup();
    renderInApp(<PartnersPage />, '/partners');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.keyboard('{Control>}n{/Control}');
    expect(await screen.findByRole('dialog', { name: 'Nowa gmina partnerska' })).toBeTruthy();
  });

  it('opens a new visit on the visits list', async () => {
    const user = userEvent.setup();
    renderInApp(<VisitsPage />, '/visits');
    await screen.findByRole('heading', { level: 1 });
    await user.keyboard('{Control>}n{/Control}');
    expect(await screen.findByRole('dialog')).toBeTruthy();
  });
});
