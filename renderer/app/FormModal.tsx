// A dialog holding one form. While the form inside reports changes, Esc, a click outside, the close button, its
// Cancel and leaving the page ask before the changes are dropped; Ctrl+S (Cmd+S) submits the form like its Save.
import { Modal, type ModalProps } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useUnsavedGuard } from './UnsavedGuard';

type FormDialog = { setDirty: (dirty: boolean) => void; requestClose: () => void; saved: () => void };

const FormDialogContext = createContext<FormDialog | null>(null);

export function FormModal({ onClose, children, ...modal }: ModalProps) {
  const [dirty, setDirty] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const close = () => {
    setDirty(false);
    onClose();
  };
  const guarded = useUnsavedGuard(dirty && modal.opened, close);
  // Stable for the form's effects: the latest guard, read when called.
  const latest = useRef(guarded);
  latest.current = guarded;
  const context = useMemo<FormDialog>(
    () => ({
      setDirty,
      requestClose: () => latest.current.requestClose(),
      saved: () => {
        latest.current.release();
        setDirty(false);
      },
    }),
    [],
  );
  const saveKeys = getHotkeyHandler([['mod+S', () => box.current?.querySelector('form')?.requestSubmit()]]);
  return (
    <Modal {...modal} onClose={guarded.requestClose}>
      {guarded.guard}
      <div ref={box} onKeyDown={saveKeys}>
        <FormDialogContext.Provider value={context}>{children}</FormDialogContext.Provider>
      </div>
    </Modal>
  );
}

/**
 * For the form inside a `FormModal`: reports whether it holds unsaved changes. `cancel` is for its Cancel button and
 * asks first when there are changes; call `saved` once the changes are stored, before closing or navigating away.
 * Outside a `FormModal`, `cancel` is `close` and `saved` does nothing.
 */
export function useFormChanges(dirty: boolean, close: () => void): { cancel: () => void; saved: () => void } {
  const dialog = useContext(FormDialogContext);
  useEffect(() => {
    dialog?.setDirty(dirty);
  }, [dialog, dirty]);
  useEffect(() => () => dialog?.setDirty(false), [dialog]);
  return dialog ? { cancel: dialog.requestClose, saved: dialog.saved } : { cancel: close, saved: () => undefined };
}
