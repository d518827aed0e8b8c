// A modal's state that keeps its subject while closing, so the title does not flip during the exit animation.
import { useState } from 'react';

export function useDialog<T>() {
  const [state, setState] = useState<{ value: T | null; opened: boolean }>({ value: null, opened: false });
  return {
    value: state.value,
    opened: state.opened,
    open: (value: T) => setState({ value, opened: true }),
    close: () => setState((s) => ({ ...s, opened: false })),
  };
}
