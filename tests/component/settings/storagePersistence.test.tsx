// The storage badge asks for persistence itself when it is not granted yet, so a grant at start is never shown as missing.
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStoragePersistence } from '../../../renderer/features/settings/useStoragePersistence';

function storage(persisted: boolean, persist: () => Promise<boolean>) {
  const fake = { persisted: vi.fn(async () => persisted), persist: vi.fn(persist) };
  vi.stubGlobal('navigator', { ...navigator, storage: fake });
  return fake;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the persistent-storage answer', () => {
  it('is yes once the app’s request is granted, even when it was not yet at the first look', async () => {
    const fake = storage(false, async () => true);
    const { result } = renderHook(() => useStoragePersistence());
    await waitFor(() => expect(result.current).toBe(true));
    expect(fake.persist).toHaveBeenCalledTimes(1);
  });

  it('is yes without asking again when storage is already persistent', async () => {
    const fake = storage(true, async () => true);
    const { result } = renderHook(() => useStoragePersistence());
    await waitFor(() => expect(result.current).toBe(true));
    expect(fake.persist).not.toHaveBeenCalled();
  });

  it.each([
    ['refused', () => Promise.resolve(false)],
    ['fails', () => Promise.reject(new Error('denied'))],
  ])('is no when the request is %s', async (_what, persist) => {
    storage(false, persist);
    const { result } = renderHook(() => useStoragePersistence());
    await waitFor(() => expect(result.current).toBe(false));
  });
});
