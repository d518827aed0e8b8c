// A changed form asks before it closes; Esc inside the question goes back to the form, Discard closes it.
import { Modal, TextInput } from '@mantine/core';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useUnsavedGuard } from '../../../renderer/app/UnsavedGuard';
import { renderInApp } from '../../helpers/render';

function FormDialog({ onClosed }: { onClosed: () => void }) {
  const [title, setTitle] = useState('');
  const [open, setOpen] = useState(true);
  const close = () => {
    setOpen(false);
    onClosed();
  };
  const guarded = useUnsavedGuard(title !== '', close);
  return (
    <Modal opened={open} onClose={guarded.requestClose} title="Nowe wydarzenie">
      {guarded.guard}
      <TextInput label="Tytuł" value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
    </Modal>
  );
}

describe('the unsaved-changes question', () => {
  it('closes an untouched form at once', async () => {
    const user = userEvent.setup();
    let closed = 0;
    renderInApp(<FormDialog onClosed={() => closed++} />);
    await user.click(await screen.findByRole('textbox', { name: 'Tytuł' }));
    await user.keyboard('{Escape}');
    expect(closed).toBe(1);
    expect(screen.queryByRole('dialog', { name: 'Odrzucić zmiany?' })).toBeNull();
  });

  it('asks on Esc, goes back to the form on a second Esc with the text kept, and closes on Discard', async () => {
    const user = userEvent.setup();
    let closed = 0;
    renderInApp(<FormDialog onClosed={() => closed++} />);
    const field = await screen.findByRole('textbox', { name: 'Tytuł' });
    await user.type(field, 'Spotkanie z Järfällą');

    await user.keyboard('{Escape}');
    const question = await screen.findByRole('dialog', { name: 'Odrzucić zmiany?' });
    await waitFor(() => expect(question.contains(document.activeElement)).toBe(true));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Odrzucić zmiany?' })).toBeNull());
    expect(closed).toBe(0);
    expect(screen.getByRole('textbox', { name: 'Tytuł' })).toHaveProperty('value', 'Spotkanie z Järfällą');

    await user.keyboard('{Escape}');
    await user.click(await screen.findByRole('button', { name: 'Odrzuć zmiany' }));
    expect(closed).toBe(1);
  });
});
