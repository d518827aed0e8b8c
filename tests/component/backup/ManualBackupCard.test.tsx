// "Back up now": made by the backup work (here its in-page fallback), with a progress bar and Cancel; Cancel saves nothing.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, type Result } from '../../../shared/result';
import type { AppInfo } from '../../../shared/ipc';
import { loadExampleData } from '../../../renderer/db/repositories/example';
import { backUpNow } from '../../../renderer/features/backup/flows';
import { ManualBackupCard } from '../../../renderer/features/backup/ManualBackupCard';
import { platform } from '../../../renderer/platform';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

beforeEach(async () => {
  await freshDatabase();
  await loadExampleData('2026-11-26');
});
afterEach(() => vi.restoreAllMocks());

/** The saves asked of the platform, answered as saved (or as `answer` says). */
function saves(answer: Result<{ fileName: string }> = ok({ fileName: 'kopia.json' })) {
  return vi.spyOn(platform, 'saveFile').mockResolvedValue(answer);
}

const partnersIn = (data: string | Uint8Array) =>
  (JSON.parse(typeof data === 'string' ? data : new TextDecoder().decode(data)) as { counts: { partners: number } })
    .counts.partners;

describe('back up now', () => {
  it('shows a bar and Cancel while the backup is made; Cancel saves nothing and the card can back up again', async () => {
    const save = saves();
    // The work waits for the app's version: the backup is still under way while the test presses Cancel.
    const info = platform.appInfo();
    let answer: (value: Result<AppInfo>) => void = () => undefined;
    vi.spyOn(platform, 'appInfo').mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    renderInApp(<ManualBackupCard onRestore={() => Promise.resolve()} />);

    fireEvent.click(screen.getByRole('button', { name: 'Utwórz kopię teraz' }));
    expect(await screen.findByRole('progressbar', { name: 'Postęp' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Anuluj' }));
    await waitFor(() => expect(screen.queryByRole('progressbar', { name: 'Postęp' })).toBeNull());
    expect(screen.queryByRole('button', { name: 'Anuluj' })).toBeNull();
    answer(await info);
    expect(save).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Utwórz kopię teraz' }));
    expect(await screen.findByText('Zapisano plik kopia.json')).toBeTruthy();
    expect(save).toHaveBeenCalledTimes(1);
    expect(partnersIn(save.mock.calls[0]![0].data)).toBe(6);
  });

  it('keeps the message of a save that failed', async () => {
    saves(fail('no-space', 'disk full'));
    renderInApp(<ManualBackupCard onRestore={() => Promise.resolve()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Utwórz kopię teraz' }));
    expect(await screen.findByText('Brak miejsca na dysku.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('progressbar', { name: 'Postęp' })).toBeNull());
  });

  it('cancelled while the work runs (at its first progress report), answers nothing and opens no save', async () => {
    const save = saves();
    const cancel = new AbortController();
    const seen: number[] = [];
    const outcome = await backUpNow(
      null,
      (done) => {
        seen.push(done);
        cancel.abort();
      },
      cancel.signal,
    );
    expect(outcome).toBeUndefined();
    expect(seen).toHaveLength(1);
    expect(save).not.toHaveBeenCalled();
  });

  it('reports progress up to the whole, then saves the file the work made', async () => {
    const save = saves();
    const seen: number[] = [];
    expect(await backUpNow(null, (done) => seen.push(done))).toEqual(ok({ fileName: 'kopia.json' }));
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({ suggestedName: expect.stringMatching(/^twinning-desk-.*\.json$/) as unknown }),
    );
    expect(partnersIn(save.mock.calls[0]![0].data)).toBe(6);
  });
});
