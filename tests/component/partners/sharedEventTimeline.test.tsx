// An event with two partner towns belongs to both: each partner's timeline and last contact show it.
import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Partner } from '../../../shared/domain';
import { saveEvent } from '../../../renderer/db/repositories/events';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { lastActivityByPartner, partnerTimeline } from '../../../renderer/db/repositories/timeline';
import { PartnerPage } from '../../../renderer/features/partners/PartnerPage';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

let ronnenberg: Partner;
let duclair: Partner;
let jarfalla: Partner;

beforeEach(async () => {
  await freshDatabase();
  ronnenberg = await savePartner({ name: 'Ronnenberg', country: 'DE', relationKind: 'twinning', status: 'active' });
  duclair = await savePartner({ name: 'Duclair', country: 'FR', relationKind: 'partnership', status: 'active' });
  jarfalla = await savePartner({ name: 'Järfälla', country: 'SE', relationKind: 'partnership', status: 'active' });
  await saveEvent({
    title: 'Trójstronne warsztaty młodzieży',
    kind: 'youthCamp',
    allDay: true,
    start: '2024-07-08',
    end: '2024-07-14',
    host: 'home',
    partnerIds: [ronnenberg.id, duclair.id],
    status: 'done',
  });
  await saveEvent({
    title: 'Obóz w Ronnenbergu',
    kind: 'youthCamp',
    allDay: true,
    start: '2023-08-01',
    end: '2023-08-05',
    host: ronnenberg.id,
    partnerIds: [ronnenberg.id],
    status: 'done',
  });
});

const titles = async (partner: Partner) => (await partnerTimeline(partner.id, '2026-01-15')).items.map((i) => i.title);

describe('an event shared by two partner towns', () => {
  it('is on both partners’ timelines and sets both last contacts, and on no other partner’s', async () => {
    expect(await titles(ronnenberg)).toEqual(['Trójstronne warsztaty młodzieży', 'Obóz w Ronnenbergu']);
    expect(await titles(duclair)).toEqual(['Trójstronne warsztaty młodzieży']);
    expect(await titles(jarfalla)).toEqual([]);

    expect((await partnerTimeline(duclair.id, '2026-01-15')).lastContact).toBe('2024-07-08');
    const last = await lastActivityByPartner('2026-01-15');
    expect(last.get(ronnenberg.id)).toBe('2024-07-08');
    expect(last.get(duclair.id)).toBe('2024-07-08');
    expect(last.has(jarfalla.id)).toBe(false);
  });

  it('shows once on each partner page’s cooperation history', async () => {
    for (const partner of [ronnenberg, duclair]) {
      const { unmount } = renderInApp(
        <Routes>
          <Route path="/partners/:id" element={<PartnerPage />} />
        </Routes>,
        `/partners/${partner.id}`,
      );
      await screen.findByRole('heading', { name: partner.name, level: 1 });
      const timeline = screen.getByRole('region', { name: 'Historia współpracy' });
      expect(await within(timeline).findAllByRole('link', { name: 'Trójstronne warsztaty młodzieży' })).toHaveLength(1);
      expect(within(timeline).getByText('Ostatni kontakt: 8 lipca 2024')).toBeTruthy();
      unmount();
    }
  });

  it('opens the event from its timeline entry through the router, with the link’s address', async () => {
    function Where() {
      const { pathname, search } = useLocation();
      return <p>Otwarto {pathname + search}</p>;
    }
    renderInApp(
      <Routes>
        <Route path="/partners/:id" element={<PartnerPage />} />
        <Route path="/calendar" element={<Where />} />
      </Routes>,
      `/partners/${duclair.id}`,
    );
    const timeline = await screen.findByRole('region', { name: 'Historia współpracy' });
    const link = await within(timeline).findByRole('link', { name: 'Trójstronne warsztaty młodzieży' });
    const to = link.getAttribute('href') ?? '';
    expect(to).toMatch(/^\/calendar\?event=/);
    fireEvent.click(link);
    expect(await screen.findByText(`Otwarto ${to}`)).toBeTruthy();
  });
});
