// The lists and tables (partners, visits, the calendar's agenda, a visit's members and costs) cut a long name or
// title to one line with "…" and keep it whole on hover and for screen readers, the link still named by the whole text.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CalendarItem } from '../../../shared/calendar/items';
import type { Partner } from '../../../shared/domain';
import { createVisit, updateVisit } from '../../../renderer/db/repositories/visits';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { AgendaView } from '../../../renderer/features/calendar/AgendaView';
import type { ViewProps } from '../../../renderer/features/calendar/viewTypes';
import { PartnerTable } from '../../../renderer/features/partners/PartnerTable';
import { CostsSection } from '../../../renderer/features/visits/CostsSection';
import { MembersSection } from '../../../renderer/features/visits/MembersSection';
import { VisitsPage } from '../../../renderer/features/visits/VisitsPage';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

const LONG_TOWN = 'Gemeinde Kommunikationsverwaltungsgemeinschaft Oberes Ilmtal';
const LONG_VISIT = 'Wizyta studyjna delegacji rady miejskiej w sprawie gospodarki wodnej i retencji';
const LONG_EVENT = 'Międzynarodowy Festiwal Orkiestr Dętych Miast Partnerskich Nadrenii-Westfalii';
const LONG_ORGANISATION = 'Kommunikationsabteilung der Stadtverwaltung Ronnenberg';
const LONG_NOTES = 'Rechnung Nr. 2027/05/118 Kreisverkehrsgesellschaft Hannover-Land, Fahrkarten';

/** A cell holding exactly `text`, cut to one line and titled with it, no narrower than its minimum. */
function expectCutCell(scope: HTMLElement, text: string) {
  const cell = within(scope)
    .getAllByRole('cell')
    .find((c) => c.textContent === text);
  expect(cell, text).toBeDefined();
  expect(cell!.getAttribute('title')).toBe(text);
  expect(cell!.querySelector('[data-truncate="end"]')).not.toBeNull();
  expect(cell!.style.minWidth).not.toBe('');
}

/** A table is not told to break words anywhere (the style the lists used before). */
function expectNoWordBreaking(table: HTMLElement) {
  for (const el of [table, ...table.querySelectorAll<HTMLElement>('*')]) {
    expect(el.style.overflowWrap).not.toBe('anywhere');
    expect(el.style.wordBreak).not.toBe('break-all');
  }
}

/** The cell holding `name`, checked to be one truncated line titled with `title`. */
function expectCut(link: HTMLElement, title: string) {
  const cell = link.closest('td')!;
  expect(cell.getAttribute('title')).toBe(title);
  expect(link.closest('[data-truncate="end"]')).not.toBeNull();
  expect(cell.style.minWidth).not.toBe('');
}

describe('long names in the lists', () => {
  it('cuts a partner town’s long name in the partners list, with its Polish name in the hover text', async () => {
    const partner: Partner = {
      id: 'p1',
      name: LONG_TOWN,
      namePl: 'Górna Ilmtal',
      country: 'DE',
      relationKind: 'partnership',
      status: 'active',
      createdAt: '2020-01-01T00:00:00.000Z',
      updatedAt: '2020-01-01T00:00:00.000Z',
    } as Partner;
    renderInApp(
      <PartnerTable
        rows={[partner]}
        sort={{ column: 'name', descending: false }}
        onSort={() => undefined}
        dormantTitle=""
      />,
    );
    expectCut(await screen.findByRole('link', { name: LONG_TOWN }), `${LONG_TOWN} (Górna Ilmtal)`);
  });

  it('cuts a visit’s long title in the visits list', async () => {
    await freshDatabase();
    const town = await savePartner({
      name: 'Ronnenberg',
      country: 'DE',
      relationKind: 'partnership',
      status: 'active',
    });
    await createVisit({
      direction: 'incoming',
      partnerIds: [town.id],
      title: LONG_VISIT,
      start: '2027-05-12',
      end: '2027-05-13',
      status: 'planned',
    });
    renderInApp(<VisitsPage />, '/visits');
    expectCut(await screen.findByRole('link', { name: LONG_VISIT }), LONG_VISIT);
  });

  it('cuts a long event title in the calendar’s agenda, the button named by the whole title', async () => {
    const item: CalendarItem = {
      type: 'event',
      id: 'e1',
      key: 'event:e1:2027-05-12',
      title: LONG_EVENT,
      allDay: true,
      start: '2027-05-12',
      end: '2027-05-14',
      firstDay: '2027-05-12',
      lastDay: '2027-05-14',
      partnerIds: [],
      status: 'planned',
      cancelled: false,
      kind: 'cultural',
    };
    const props = {
      data: { items: [item], clashes: new Map(), holidays: new Map(), coordinators: [] },
      onOpen: () => undefined,
      note: () => undefined,
    } as unknown as ViewProps;
    renderInApp(<AgendaView {...props} />);
    const button = await screen.findByRole('button', { name: LONG_EVENT });
    expectCut(button, LONG_EVENT);
    // The button itself ends in "…" rather than being clipped whole.
    expect(button.getAttribute('data-truncate')).toBe('end');
    expectNoWordBreaking(screen.getByRole('table', { name: 'Lista' }));
  });

  it('cuts a member’s long organisation and a cost line’s long notes in a visit’s tables', async () => {
    await freshDatabase();
    const town = await savePartner({
      name: 'Ronnenberg',
      country: 'DE',
      relationKind: 'partnership',
      status: 'active',
    });
    const created = await createVisit({
      direction: 'incoming',
      partnerIds: [town.id],
      title: 'Rada miasta',
      start: '2027-05-12',
      end: '2027-05-13',
      status: 'planned',
    });
    const visit = await updateVisit(created.id, (v) => ({
      ...v,
      members: [{ id: 'm-1', name: 'Anna Nowak', organisation: LONG_ORGANISATION, languages: [], precedence: 1 }],
      costs: [{ id: 'c-1', category: 'Transport', amount: 120, currency: 'EUR', notes: LONG_NOTES }],
    }));
    const { unmount } = renderInApp(<MembersSection visit={visit} />);
    const members = await screen.findByRole('table', { name: 'Skład delegacji' });
    expectCutCell(members, LONG_ORGANISATION);
    expectNoWordBreaking(members);
    unmount();

    renderInApp(<CostsSection visit={visit} />);
    const costs = await screen.findByRole('table', { name: 'Koszty' });
    expectCutCell(costs, LONG_NOTES);
    expectNoWordBreaking(costs);
  });
});
