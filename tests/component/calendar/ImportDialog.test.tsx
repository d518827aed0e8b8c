// The ICS import dialog in a page without workers: the file is read after the first frame (progress shown
// first), the preview names what it left out, and the chosen events are stored in English as in Polish.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allEvents } from '../../../renderer/db/repositories/events';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { ImportDialog } from '../../../renderer/features/calendar/ImportDialog';
import { readIcsForUser } from '../../../renderer/features/calendar/icsForUser';
import { changeLanguage } from '../../../renderer/i18n';
import { crlf, outlookExport } from '../../fixtures/ics/partnerFiles';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

beforeEach(async () => {
  await freshDatabase();
});
afterEach(async () => {
  await changeLanguage('pl');
});

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
      <ImportDialog
        state={{ step: 'reading', fileName: 'exchange.ics', bytes }}
        partners={[partner]}
        onClose={() => (closed = true)}
      />,
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
    expect(stored.map((e) => e.title).sort()).toEqual([
      'Call with Ohio partners',
      'Posiedzenie komisji partnerskiej',
      'Reunião de geminação',
      'Réunion à Duclair',
      'Sprawozdanie',
      'Targi (koniec przed początkiem)',
    ]);
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
});
