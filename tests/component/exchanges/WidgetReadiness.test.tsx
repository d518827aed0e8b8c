// The dashboard's camp card on a fixed day: a group of minors' missing consents and an expiring document.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ExchangesWidget } from '../../../renderer/features/exchanges/DashboardWidget';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';
import { person } from '../../unit/exchanges/fixtures';
import { useFixedToday } from '../../helpers/clock';

// The children are born in 2012: on a real date after 2030 they would be adults and need no consent.
useFixedToday('2026-11-26');

function Where() {
  const location = useLocation();
  return <p>{`Otwarto ${location.pathname}${location.search}`}</p>;
}

describe("the dashboard's youth-camp card", () => {
  it('names the kinds of readiness problems of the next camp and opens its checklist', async () => {
    const db = await freshDatabase();
    const [start, end] = ['2027-01-05', '2027-01-15'];
    await db.events.add({
      id: 'camp',
      title: 'Obóz w Duclair',
      kind: 'youthCamp',
      allDay: true,
      start,
      end,
      place: {},
      host: 'home',
      partnerIds: [],
      status: 'planned',
      series: 0,
      exceptions: [],
      createdAt: '',
      updatedAt: '',
    });
    await db.participants.bulkAdd([
      person({ eventId: 'camp', occurrence: start, consents: {} }),
      person({ eventId: 'camp', occurrence: start, consents: {} }),
      person({ eventId: 'camp', occurrence: start, travelDocumentExpiry: '2027-01-10' }),
      person({ eventId: 'camp', occurrence: start, birthDate: '1980-01-01', role: 'leader' }),
    ]);
    const user = userEvent.setup();
    renderInApp(
      <Routes>
        <Route path="/" element={<ExchangesWidget />} />
        <Route path="/exchanges/:id/:occurrence" element={<Where />} />
      </Routes>,
    );
    const card = await screen.findByRole('region', { name: 'Obozy młodzieżowe' });
    expect(within(card).getByText('brak zgody rodzica (2), dokument podróży traci ważność (1)')).toBeTruthy();
    await user.click(within(card).getByRole('link', { name: '3 sprawy do poprawienia' }));
    expect(await screen.findByText(`Otwarto /exchanges/camp/${start}?tab=readiness`)).toBeTruthy();
  });
});
