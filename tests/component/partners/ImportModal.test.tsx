// The partner CSV import as a user sees it: a bar at once while the file is read (with Cancel), then the
// preview with its problems; a new column mapping builds the preview again while the one before stays in view; the
// file's bytes go to the dialog's worker, which builds every preview and Save from them.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serveFile, type FileWork } from '../../../renderer/app/fileSession';
import type { PartnerRun, WorkerReply, WorkerRequest } from '../../../renderer/features/partners/csvBackground';
import { partnerCsvWork } from '../../../renderer/features/partners/csvWork';
import { listPartners, savePartner } from '../../../renderer/db/repositories/partners';
import { ImportModal } from '../../../renderer/features/partners/ImportModal';
import { platform } from '../../../renderer/platform';
import type { Partner } from '../../../shared/domain';
import { ok } from '../../../shared/result';
import { freshDatabase } from '../../helpers/db';
import { fakeWorker } from '../../helpers/fakeWorker';
import { renderInApp } from '../../helpers/render';

/** While `held` is set, the preview's work waits for it: the test sees the reading state as long as it needs. */
const gate = vi.hoisted(() => ({ held: undefined as Promise<void> | undefined }));
vi.mock('../../../renderer/features/partners/csvWork', async (importOriginal) => {
  const real = await importOriginal<{ partnerCsvWork: FileWork<PartnerRun, WorkerReply> }>();
  return {
    partnerCsvWork: async (request: WorkerRequest, post: (reply: WorkerReply) => void, alive?: () => boolean) => {
      await gate.held;
      await real.partnerCsvWork(request, post, alive);
    },
  };
});

function hold(): () => void {
  let release = () => undefined as void;
  gate.held = new Promise<void>((resolve) => (release = resolve));
  return () => {
    gate.held = undefined;
    release();
  };
}

beforeEach(async () => {
  await freshDatabase();
});
afterEach(() => {
  gate.held = undefined;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n'));
const FILE = csv([
  'Nazwa;Kraj;Rodzaj relacji;Status;Nazwa polska',
  'Ronnenberg;DE;Partnerska;Aktywna;Ronnenberg',
  'Duclair;FR;Partnerska;Aktywna;Duclair nad Sekwaną',
  'Järfälla;SE;Bliźniacza;Uśpiona;Jarfalla',
]);

async function chooseFile(user: UserEvent, fileName: string, data: Uint8Array) {
  vi.spyOn(platform, 'openFile').mockResolvedValueOnce(ok({ fileName, data }));
  await user.click(screen.getByRole('button', { name: 'Wybierz plik CSV' }));
}

/** Each preview row as [line, name, problems]. */
function preview() {
  const table = screen.getByRole('table', { name: 'Podgląd' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cells = within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      return [cells[0], cells[1], cells[3]];
    });
}

/** Chooses a file's column for a field, in that field's own list. */
async function pick(user: UserEvent, field: string, column: string) {
  const select = screen.getByRole('combobox', { name: field });
  await user.click(select);
  const list = await waitFor(() => document.getElementById(select.getAttribute('aria-controls') ?? '')!);
  await user.click(within(list).getByRole('option', { name: column, hidden: true }));
}

function open(existing: Partner[] = []) {
  const onClose = vi.fn();
  renderInApp(<ImportModal opened onClose={onClose} existing={existing} />);
  return onClose;
}

describe('partner CSV import', () => {
  it('shows the reading bar at once, then every line with its problem; stores the new towns', async () => {
    const ronnenberg = await savePartner({
      name: 'Ronnenberg',
      country: 'DE',
      relationKind: 'twinning',
      status: 'active',
    });
    const onClose = open([ronnenberg]);
    const user = userEvent.setup();
    const release = hold();
    await chooseFile(user, 'gminy.csv', FILE);
    expect(screen.getByRole('progressbar', { name: 'Wczytywanie pliku gminy.csv…' })).toBeTruthy();
    release();
    await screen.findByRole('table', { name: 'Podgląd' });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(preview()).toEqual([
      ['2', 'Ronnenberg', 'Duplikat: taka gmina już jest w rejestrze'],
      ['3', 'Duclair', 'Poprawny'],
      ['4', 'Järfälla', 'Poprawny'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Zapisz gminy (2)' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await listPartners()).map((p) => p.name).sort()).toEqual(['Duclair', 'Järfälla', 'Ronnenberg']);
  });

  it('Cancel while the file is read leaves nothing chosen, and the next file is read as usual', async () => {
    open();
    const user = userEvent.setup();
    hold();
    await chooseFile(user, 'duzy.csv', FILE);
    const dialog = screen.getByRole('dialog', { name: 'Import gmin partnerskich z CSV' });
    await user.click(within(dialog).getByRole('button', { name: 'Anuluj wczytywanie pliku duzy.csv' }));
    expect(within(dialog).queryByRole('progressbar')).toBeNull();
    expect(within(dialog).queryByText('Plik: duzy.csv')).toBeNull();
    expect(within(dialog).queryByRole('table')).toBeNull();
    expect(within(dialog).queryByRole('button', { name: /Zapisz gminy/ })).toBeNull();

    gate.held = undefined;
    await chooseFile(user, 'maly.csv', csv(['Nazwa;Kraj;Rodzaj relacji;Status', 'Duclair;FR;Partnerska;Aktywna']));
    await within(dialog).findByRole('table', { name: 'Podgląd' });
    expect(within(dialog).getByText('Plik: maly.csv')).toBeTruthy();
    expect(preview()).toEqual([['2', 'Duclair', 'Poprawny']]);
  });

  it('a new column for the name builds the preview again, the one before staying in view until then', async () => {
    open();
    const user = userEvent.setup();
    await chooseFile(user, 'gminy.csv', FILE);
    await screen.findByRole('table', { name: 'Podgląd' });
    expect(preview().map((row) => row[1])).toEqual(['Ronnenberg', 'Duclair', 'Järfälla']);

    const release = hold();
    await pick(user, 'Nazwa', 'Nazwa polska');
    // Built again off the page: the bar shows, the preview before stays, Save waits for the new one.
    expect(await screen.findByRole('progressbar', { name: 'Wczytywanie pliku gminy.csv…' })).toBeTruthy();
    expect(preview().map((row) => row[1])).toEqual(['Ronnenberg', 'Duclair', 'Järfälla']);
    expect(screen.getByRole('button', { name: 'Zapisz gminy (3)' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('combobox', { name: 'Kraj' })).toHaveProperty('disabled', false);

    release();
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(preview().map((row) => row[1])).toEqual(['Ronnenberg', 'Duclair nad Sekwaną', 'Jarfalla']);
    expect(screen.getByRole('button', { name: 'Zapisz gminy (3)' })).toHaveProperty('disabled', false);
  });

  it('hands the file to its worker, keeping no bytes, and a new mapping is still built from them', async () => {
    vi.stubGlobal('Worker', fakeWorker(serveFile(partnerCsvWork)));
    open();
    const user = userEvent.setup();
    const data = FILE.slice();
    await chooseFile(user, 'gminy.csv', data);
    await screen.findByRole('table', { name: 'Podgląd' });
    expect(preview().map((row) => row[1])).toEqual(['Ronnenberg', 'Duclair', 'Järfälla']);
    expect(data.byteLength).toBe(0);

    await pick(user, 'Nazwa', 'Nazwa polska');
    await waitFor(() =>
      expect(preview().map((row) => row[1])).toEqual(['Ronnenberg', 'Duclair nad Sekwaną', 'Jarfalla']),
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('Save after a new mapping stores the towns as remapped', async () => {
    vi.stubGlobal('Worker', fakeWorker(serveFile(partnerCsvWork)));
    const onClose = open();
    const user = userEvent.setup();
    await chooseFile(user, 'gminy.csv', FILE.slice());
    await screen.findByRole('table', { name: 'Podgląd' });
    await pick(user, 'Nazwa', 'Nazwa polska');
    await waitFor(() => expect(preview()[1]?.[1]).toBe('Duclair nad Sekwaną'));
    await user.click(screen.getByRole('button', { name: 'Zapisz gminy (3)' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await listPartners()).map((p) => p.name).sort()).toEqual(['Duclair nad Sekwaną', 'Jarfalla', 'Ronnenberg']);
  });
});
