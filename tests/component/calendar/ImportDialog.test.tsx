// The ICS import dialog, in a page without workers and with its file handed to a (stand-in) worker: the file is read
// after the first frame (progress shown first), the preview names what it left out, the chosen events are stored in
// English as in Polish, and the worker holding the file goes with the dialog or on Cancel.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Partner } from '../../../shared/domain';
import { serveFile, type FileWork } from '../../../renderer/app/fileSession';
import { allEvents } from '../../../renderer/db/repositories/events';
import { savePartner } from '../../../renderer/db/repositories/partners';
import type { IcsRun, WorkerReply, WorkerRequest } from '../../../renderer/features/calendar/icsBackground';
import { ImportDialog, readingState } from '../../../renderer/features/calendar/ImportDialog';
import { icsFileWork } from '../../../renderer/features/calendar/icsWork';
import { readIcsForUser } from '../../../renderer/features/calendar/icsForUser';
import { changeLanguage } from '../../../renderer/i18n';
import { crlf, outlookExport } from '../../fixtures/ics/partnerFiles';
import { freshDatabase } from '../../helpers/db';
import { fakeWorker } from '../../helpers/fakeWorker';
import { renderInApp } from '../../helpers/render';

/** While `held` is set, each reading waits for it: the test sees the reading state as long as it needs. */
const gate = vi.hoisted(() => ({ held: undefined as Promise<void> | undefined }));
vi.mock('../../../renderer/features/calendar/icsWork', async (importOriginal) => {
  const real = await importOriginal<{ icsFileWork: FileWork<IcsRun, WorkerReply> }>();
  return {
    icsFileWork: async (request: WorkerRequest, post: (reply: WorkerReply) => void, alive?: () => boolean) => {
      await gate.held;
      await real.icsFileWork(request, post, alive);
    },
  };
});

beforeEach(async () => {
  await freshDatabase();
});
afterEach(async () => {
  gate.held = undefined;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  await changeLanguage('pl');
});

/** A stand-in worker serving the ICS file's runs; `ended()` tells whether the page has ended it. */
function icsWorker() {
  const worker = fakeWorker(serveFile(icsFileWork));
  const terminate = vi.spyOn((worker as unknown as typeof Worker).prototype, 'terminate');
  vi.stubGlobal('Worker', worker);
  return { ended: () => terminate.mock.calls.length > 0 };
}

/** The dialog as the calendar shows it: gone once closed. */
/** The titles stored when the mixed file's events are imported with "Spotkanie online" left out, in order. */
const SIX_STORED = [
  'Call with Ohio partners',
  'Posiedzenie komisji partnerskiej',
  'Reunião de geminação',
  'Réunion à Duclair',
  'Sprawozdanie',
  'Targi (koniec przed początkiem)',
];

function ImportHost({ bytes, partners }: { bytes: Uint8Array; partners: Partner[] }) {
  const [state] = useState(() => readingState('exchange.ics', bytes));
  const [open, setOpen] = useState(true);
  if (!open) return <p>closed</p>;
  return <ImportDialog state={state} partners={partners} onClose={() => setOpen(false)} />;
}

describe('ICS import dialog', () => {
  it('shows progress first, then the preview with what was left out; imports the events chosen', async () => {
    await changeLanguage('en');
    const partner = await savePartner({
      name: 'Ronnenberg',
      country: 'DE',
      relationKind: 'partnership',
      status: 'active',
    });
    const bytes = new TextEncoder().encode(outlookExport());
    let closed = false;
    renderInApp(
      <ImportDialog state={readingState('exchange.ics', bytes)} partners={[partner]} onClose={() => (closed = true)} />,
    );
    expect(screen.getByRole('progressbar', { name: 'Reading exchange.ics…' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Preview' }, { timeout: 10_000 });
    expect(screen.getByLabelText('Left out of the import').textContent).toContain(
      'Event 7 („Dzień, którego nie ma”, UID impossible-1@exchange) has a date that does not exist: 2027-02-30.',
    );
    expect(screen.getByLabelText('Time zones not defined in the file').textContent).toContain(
      '“Customized Time Zone 1” is not a known time zone: its times were taken as Warsaw time (Europe/Warsaw). Check them.',
    );
    expect(
      within(table).getByText(/The description is longer than the app keeps: shortened to 20,000 characters\./),
    ).toBeTruthy();
    const user = userEvent.setup();
    await user.click(within(table).getByRole('checkbox', { name: 'Import “Spotkanie online”' }));
    await user.click(screen.getByRole('button', { name: 'Import 6 events' }));
    await waitFor(() => expect(closed).toBe(true));
    const stored = await allEvents();
    expect(stored.map((e) => e.title).sort()).toEqual(SIX_STORED);
    expect(stored.find((e) => e.title === 'Posiedzenie komisji partnerskiej')!.place).toEqual({
      venue: 'Rathaus Ronnenberg',
    });
  });

  it('refuses a file that cannot be decoded or has no calendar, with the message in the UI language', () => {
    expect(readIcsForUser(new Uint8Array(64).fill(0), '2026-12-06')).toEqual({
      ok: false,
      code: 'encoding',
      message: expect.stringContaining('Nie rozpoznano kodowania znaków pliku'),
    });
    expect(readIcsForUser('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', '2026-12-06')).toMatchObject({
      ok: false,
      code: 'empty',
    });
    expect(
      readIcsForUser(
        crlf(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART:2027XX01', 'END:VEVENT', 'END:VCALENDAR']),
        '2026-12-06',
      ),
    ).toMatchObject({
      ok: false,
      code: 'malformed',
    });
  });

  it('hands the file to its worker, keeping no bytes, and Save stores the chosen events as the worker reads them again', async () => {
    const worker = icsWorker();
    const bytes = new TextEncoder().encode(outlookExport());
    renderInApp(<ImportHost bytes={bytes} partners={[]} />);
    const table = await screen.findByRole('table', { name: 'Podgląd' }, { timeout: 10_000 });
    expect(bytes.byteLength).toBe(0);
    expect(within(table).getByText('Posiedzenie komisji partnerskiej')).toBeTruthy();
    expect(worker.ended()).toBe(false);
    const user = userEvent.setup();
    await user.click(within(table).getByRole('checkbox', { name: 'Importuj „Spotkanie online”' }));
    await user.click(screen.getByRole('button', { name: 'Importuj 6 wydarzeń' }));
    expect(await screen.findByText('closed')).toBeTruthy();
    expect((await allEvents()).map((e) => e.title).sort()).toEqual(SIX_STORED);
    // What the preview's rows do not hold comes from the file's second reading.
    expect((await allEvents()).find((e) => e.title === 'Posiedzenie komisji partnerskiej')!.place).toEqual({
      venue: 'Rathaus Ronnenberg',
    });
    expect(worker.ended()).toBe(true);
  });

  it('ends the worker holding the file on Cancel while reading, and when the dialog closes after the preview', async () => {
    let open = () => undefined as void;
    gate.held = new Promise<void>((resolve) => (open = resolve));
    let worker = icsWorker();
    const user = userEvent.setup();
    const first = renderInApp(<ImportHost bytes={new TextEncoder().encode(outlookExport())} partners={[]} />);
    expect(await screen.findByRole('progressbar', { name: 'Wczytywanie pliku exchange.ics…' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Anuluj' }));
    expect(await screen.findByText('closed')).toBeTruthy();
    expect(worker.ended()).toBe(true);
    open();
    first.unmount();
    vi.restoreAllMocks();

    worker = icsWorker();
    renderInApp(<ImportHost bytes={new TextEncoder().encode(outlookExport())} partners={[]} />);
    await screen.findByRole('table', { name: 'Podgląd' }, { timeout: 10_000 });
    expect(worker.ended()).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Anuluj' }));
    expect(await screen.findByText('closed')).toBeTruthy();
    expect(worker.ended()).toBe(true);
    expect(await allEvents()).toEqual([]);
  });
});
