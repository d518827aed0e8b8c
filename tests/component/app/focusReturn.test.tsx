// Dialogs give the focus back to the button that opened them: a form dialog closed with Esc, with Cancel, and after
// its unsaved-changes question, and the confirm-delete dialog closed with Esc or Cancel.
import { Button, TextInput } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ConfirmDelete } from '../../../renderer/app/ConfirmDelete';
import { FormModal, useFormChanges } from '../../../renderer/app/FormModal';
import { Providers } from '../../../renderer/app/Providers';

function NameForm({ onDone }: { onDone: () => void }) {
  const [name, setName] = useState('');
  const changes = useFormChanges(name !== '', onDone);
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <TextInput label="Nazwa" value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
      <Button variant="default" onClick={changes.cancel}>
        Anuluj
      </Button>
    </form>
  );
}

function Page() {
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState(false);
  return (
    <>
      <Button onClick={() => setAdding(true)}>Dodaj</Button>
      <Button onClick={() => setDeleting(true)}>Usuń wpis</Button>
      <FormModal opened={adding} onClose={() => setAdding(false)} title="Nowy wpis">
        {adding && <NameForm onDone={() => setAdding(false)} />}
      </FormModal>
      <ConfirmDelete
        opened={deleting}
        title="Usunąć wpis?"
        message="Wpis zniknie."
        onCancel={() => setDeleting(false)}
        onConfirm={() => setDeleting(false)}
      />
    </>
  );
}

function renderPage() {
  const router = createMemoryRouter([{ path: '/', element: <Page /> }]);
  render(
    <Providers>
      <RouterProvider router={router} />
    </Providers>,
  );
}

const gone = (name: string) => waitFor(() => expect(screen.queryByRole('dialog', { name })).toBeNull());
const focused = (name: string) =>
  waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name })));

describe('focus after a dialog closes', () => {
  it('returns to the opening button after Esc and after Cancel in a form dialog', async () => {
    const user = userEvent.setup();
    renderPage();
    const open = screen.getByRole('button', { name: 'Dodaj' });
    await user.click(open);
    await screen.findByRole('dialog', { name: 'Nowy wpis' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Nazwa' })));
    await user.keyboard('{Escape}');
    await gone('Nowy wpis');
    await focused('Dodaj');

    await user.click(open);
    await user.click(await screen.findByRole('button', { name: 'Anuluj' }));
    await gone('Nowy wpis');
    await focused('Dodaj');
  });

  it('returns to the opening button when changes are discarded through the question', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Dodaj' }));
    await user.type(await screen.findByRole('textbox', { name: 'Nazwa' }), 'Kórnik');
    await user.keyboard('{Escape}');
    await user.click(await screen.findByRole('button', { name: 'Odrzuć zmiany' }));
    await gone('Nowy wpis');
    await focused('Dodaj');
  });

  it('returns to the delete button after Esc and after Cancel in the confirm-delete dialog', async () => {
    const user = userEvent.setup();
    renderPage();
    const open = screen.getByRole('button', { name: 'Usuń wpis' });
    await user.click(open);
    await screen.findByRole('dialog', { name: 'Usunąć wpis?' });
    await user.keyboard('{Escape}');
    await gone('Usunąć wpis?');
    await focused('Usuń wpis');

    await user.click(open);
    await user.click(await screen.findByRole('button', { name: 'Anuluj' }));
    await gone('Usunąć wpis?');
    await focused('Usuń wpis');
  });
});
