// Restoring while connected to the office asks whether to send the restored state or to disconnect first.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupTableNames } from '../../../shared/backup/tables';
import type * as Flows from '../../../renderer/features/backup/flows';
import type { OpenedBackup } from '../../../renderer/features/backup/flows';
import { useRestoreDialog } from '../../../renderer/features/backup/RestoreDialog';
import { setTeamStatus } from '../../../renderer/db/sync/status';
import { changeLanguage } from '../../../renderer/i18n';
import { renderInApp } from '../../helpers/render';

const calls: string[] = [];

vi.mock('../../../renderer/db/sync/team', () => ({
  disconnectTeam: vi.fn(() => {
    calls.push('disconnect');
    return Promise.resolve();
  }),
}));

vi.mock('../../../renderer/features/backup/flows', async (original) => {
  const counts = Object.fromEntries(backupTableNames.map((n) => [n, 0]));
  const opened = {
    write: () => Promise.resolve(),
    release: () => undefined,
    preview: {
      createdAt: '2026-11-30T10:00:00.000Z',
      appVersion: '0.1.0',
      incoming: counts,
      current: counts,
      range: null,
      unknownFields: [],
    },
    register: [],
    effect: { reanonymised: 0, erased: 0 },
  } as unknown as OpenedBackup;
  return {
    ...(await original<typeof Flows>()),
    checkBackupFile: () => ({ result: Promise.resolve(opened), cancel: () => undefined }),
    restoreWithSafetyCopy: vi.fn(() => {
      calls.push('restore');
      return Promise.resolve({ name: 'bezpieczenstwa.json' });
    }),
  };
});

function Harness() {
  const restore = useRestoreDialog();
  return (
    <>
      <button onClick={() => void restore.start(new Blob(['{}']))}>open</button>
      {restore.dialog}
    </>
  );
}

async function openPreview() {
  renderInApp(<Harness />);
  fireEvent.click(screen.getByRole('button', { name: 'open' }));
  await screen.findByRole('table', { name: /./ });
}

beforeEach(() => {
  calls.length = 0;
});
afterEach(async () => {
  setTeamStatus({ state: 'off', roles: undefined });
  await changeLanguage('pl');
});

describe('restoring a backup', () => {
  it('without team sync restores at once, with no question about the office', async () => {
    await openPreview();
    expect(screen.queryByText('Stanowisko jest połączone z serwerem referatu')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Przywróć dane z kopii' }));
    await waitFor(() => expect(calls).toEqual(['restore']));
  });

  it('while connected, sending the restored state restores with the sync still on', async () => {
    setTeamStatus({ state: 'upToDate', roles: ['office'] });
    await openPreview();
    expect(screen.getByText('Stanowisko jest połączone z serwerem referatu')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Przywróć dane z kopii' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Przywróć i wyślij do referatu' }));
    await waitFor(() => expect(calls).toEqual(['restore']));
  });

  it('while connected, disconnecting first stops the sync before anything is restored (in English too)', async () => {
    setTeamStatus({ state: 'offline', roles: ['office', 'youth'] });
    await changeLanguage('en');
    await openPreview();
    expect(screen.getByText("This desk is connected to the office's server")).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Restore and send to the office' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect first, then restore' }));
    await waitFor(() => expect(calls).toEqual(['disconnect', 'restore']));
  });

  it('offers Cancel while the safety copy is made, which stops the restore before it writes', async () => {
    const { restoreWithSafetyCopy } = await import('../../../renderer/features/backup/flows');
    let signal: AbortSignal | undefined;
    vi.mocked(restoreWithSafetyCopy).mockImplementationOnce((_opened, _progress, cancel) => {
      signal = cancel;
      return new Promise(() => undefined);
    });
    await openPreview();
    fireEvent.click(screen.getByRole('button', { name: 'Przywróć dane z kopii' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Anuluj' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(signal?.aborted).toBe(true);
  });
});

describe('while the data are written', () => {
  it('nothing closes the dialog, Escape included, and the restore ends with its message', async () => {
    const { restoreWithSafetyCopy } = await import('../../../renderer/features/backup/flows');
    let report: ((progress: number) => void) | undefined;
    let finish: (() => void) | undefined;
    vi.mocked(restoreWithSafetyCopy).mockImplementationOnce(
      (_opened, progress) =>
        new Promise((resolve) => {
          report = progress;
          finish = () => resolve({ name: 'bezpieczenstwa.json' } as Awaited<ReturnType<typeof restoreWithSafetyCopy>>);
        }),
    );
    await openPreview();
    fireEvent.click(screen.getByRole('button', { name: 'Przywróć dane z kopii' }));
    await waitFor(() => expect(report).toBeDefined());
    // the safety copy under way: Cancel is still there
    act(() => report!(0.1));
    expect(await screen.findByRole('button', { name: 'Anuluj' })).toBeTruthy();
    // the write under way: no Cancel, and Escape leaves the dialog where it is
    act(() => report!(0.6));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Anuluj' })).toBeNull());
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('60');
    act(() => finish!());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText(/bezpieczenstwa\.json/)).toBeTruthy();
  });
});
