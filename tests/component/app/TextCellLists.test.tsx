// The partners list and the visits list cut a long name or title to one line with "…" and keep it whole on hover
// and for screen readers, with the link still named by the whole text.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Partner } from '../../../shared/domain';
import { createVisit } from '../../../renderer/db/repositories/visits';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { PartnerTable } from '../../../renderer/features/partners/PartnerTable';
import { VisitsPage } from '../../../renderer/features/visits/VisitsPage';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

const LONG_TOWN = 'Gemeinde Kommunikationsverwaltungsgemeinschaft Oberes Ilmtal';
const LONG_VISIT = 'Wizyta studyjna delegacji rady miejskiej w sprawie gospodarki wodnej i retencji';

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
});
