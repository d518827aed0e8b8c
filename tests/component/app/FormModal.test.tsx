// A dialog holding a form: changes make Esc, Cancel and leaving the page ask first; Ctrl+S submits like Save;
// a saved form closes and navigates without a question.
import { Button, TextInput } from '@mantine/core';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { FormModal, useFormChanges } from '../../../renderer/app/FormModal';
import { Providers } from '../../../renderer/app/Providers';

const submitted: string[] = [];

function NameForm({ onDone }: { onDone: (saved?: string) => void }) {
  const [name, setName] = useState('');
  const changes = useFormChanges(name !== '', () => onDone());
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submitted.push(name);
        changes.saved();
        onDone(name);
      }}
    >
      <TextInput label="Nazwa" value={name} onChange={(e) => setName(e.currentTarget.value)} />
      <Button variant="default" onClick={changes.cancel}>
        Anuluj
      </Button>
      <Button type="submit">Zapisz</Button>
    </form>
  );
}

function ListPage() {
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();
  return (
    <>
      <h1>Lista</h1>
      <Button onClick={() => setAdding(true)}>Dodaj</Button>
      <FormModal opened={adding} onClose={() => setAdding(false)} title="Nowy wpis">
        {adding && (
          <NameForm
            onDone={(saved) => {
              setAdding(false);
              if (saved) void navigate(`/saved/${saved}`);
            }}
          />
        )}
      </FormModal>
    </>
  );
}

function renderList() {
  const router = createMemoryRouter(
    [
      { path: '/', element: <ListPage /> },
      { path: '/saved/:name', element: <h1>Zapisano</h1> },
      { path: '/elsewhere', element: <h1>Gdzie indziej</h1> },
    ],
    { initialEntries: ['/'] },
  );
  render(
    <Providers>
      <RouterProvider router={router} />
    </Providers>,
  );
  return router;
}

async function openAndType(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(await screen.findByRole('button', { name: 'Dodaj' }));
  const field = await screen.findByRole('textbox', { name: 'Nazwa' });
  await user.type(field, text);
  return field;
}

describe('a form dialog', () => {
  it('asks before Cancel drops typed text, and keeps it on going back', async () => {
    const user = userEvent.setup();
    renderList();
    await openAndType(user, 'Järfälla');
    await user.click(screen.getByRole('button', { name: 'Anuluj' }));
    await user.click(await screen.findByRole('button', { name: 'Wróć do formularza' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Odrzucić zmiany?' })).toBeNull());
    expect(screen.getByRole('textbox', { name: 'Nazwa' })).toHaveProperty('value', 'Järfälla');

    await user.keyboard('{Escape}');
    await user.click(await screen.findByRole('button', { name: 'Odrzuć zmiany' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Nowy wpis' })).toBeNull());
  });

  it('closes an untouched form on Cancel without a question', async () => {
    const user = userEvent.setup();
    renderList();
    await user.click(await screen.findByRole('button', { name: 'Dodaj' }));
    await user.click(await screen.findByRole('button', { name: 'Anuluj' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Nowy wpis' })).toBeNull());
    expect(screen.queryByRole('dialog', { name: 'Odrzucić zmiany?' })).toBeNull();
  });

  it('asks before leaving the page with changes, and leaves on Discard', async () => {
    const user = userEvent.setup();
    const router = renderList();
    await openAndType(user, 'Duclair');
    await act(() => router.navigate('/elsewhere'));
    await user.click(await screen.findByRole('button', { name: 'Odrzuć zmiany' }));
    expect(await screen.findByRole('heading', { name: 'Gdzie indziej' })).toBeTruthy();
  });

  it('saves on Ctrl+S and goes to the saved record without asking', async () => {
    const user = userEvent.setup();
    const router = renderList();
    await openAndType(user, 'Ronnenberg');
    await user.keyboard('{Control>}s{/Control}');
    expect(await screen.findByRole('heading', { name: 'Zapisano' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/saved/Ronnenberg');
    expect(submitted).toContain('Ronnenberg');
    expect(screen.queryByRole('dialog', { name: 'Odrzucić zmiany?' })).toBeNull();
  });
});
