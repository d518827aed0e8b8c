// The office profile on the Settings page: leaving with unsaved changes asks first; Ctrl+S saves and then leaving
// asks nothing.
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { Providers } from '../../../renderer/app/Providers';
import { homeTownSetting, readSetting, writeSetting } from '../../../renderer/db/repositories/settings';
import { OfficeProfileCard } from '../../../renderer/features/settings/OfficeProfileCard';
import { OfficeProfileForm } from '../../../renderer/features/settings/OfficeProfileForm';
import { freshDatabase } from '../../helpers/db';

function renderSettings(element = <OfficeProfileForm />) {
  const router = createMemoryRouter(
    [
      { path: '/settings', element },
      { path: '/partners', element: <h1>Gminy partnerskie</h1> },
    ],
    { initialEntries: ['/settings'] },
  );
  render(
    <Providers>
      <RouterProvider router={router} />
    </Providers>,
  );
  return router;
}

beforeEach(async () => {
  await freshDatabase();
});

describe('the office profile form', () => {
  it('asks before leaving the page with a typed name, and stays on going back', async () => {
    const user = userEvent.setup();
    const router = renderSettings();
    await user.type(await screen.findByRole('textbox', { name: /Nazwa gminy/ }), 'Kórnik');
    await act(() => router.navigate('/partners'));
    await user.click(await screen.findByRole('button', { name: 'Wróć do formularza' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Odrzucić zmiany?' })).toBeNull());
    expect(router.state.location.pathname).toBe('/settings');
    expect(screen.getByRole('textbox', { name: /Nazwa gminy/ })).toHaveProperty('value', 'Kórnik');
  });

  it('saves on Ctrl+S, after which leaving asks nothing', async () => {
    const user = userEvent.setup();
    const router = renderSettings();
    await user.type(await screen.findByRole('textbox', { name: /Nazwa gminy/ }), 'Kórnik');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(async () => expect((await readSetting(homeTownSetting))?.name).toBe('Kórnik'));
    await act(() => router.navigate('/partners'));
    expect(await screen.findByRole('heading', { name: 'Gminy partnerskie' })).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: 'Odrzucić zmiany?' })).toBeNull();
  });

  it('keeps a field being typed in when the profile is stored meanwhile, and updates the fields left alone', async () => {
    const user = userEvent.setup();
    renderSettings(<OfficeProfileCard />);
    const name = await screen.findByRole('textbox', { name: /Nazwa gminy/ });
    await user.type(name, 'Kórnik');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(async () => expect((await readSetting(homeTownSetting))?.name).toBe('Kórnik'));
    await user.type(name, ' Wielkopolski');
    // Another desk stores the profile with a phone number (and the old name) while this one types.
    const stored = await readSetting(homeTownSetting);
    await act(() => writeSetting(homeTownSetting, { ...stored, phone: '+48 61 817 04 11' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /Telefon/ })).toHaveProperty('value', '+48 61 817 04 11'),
    );
    expect(name).toHaveProperty('value', 'Kórnik Wielkopolski');
  });
});
