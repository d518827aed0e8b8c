// Every delete on a visit's page (members, programme items, costs, gifts, follow-up tasks, the visit) says so and offers Undo, which brings it back.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../renderer/db/repositories/base';
import { saveGift } from '../../../renderer/db/repositories/gifts';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { listTasks, saveTask } from '../../../renderer/db/repositories/tasks';
import { createVisit, getVisit } from '../../../renderer/db/repositories/visits';
import { db } from '../../../renderer/db/db';
import { VisitPage } from '../../../renderer/features/visits/VisitPage';
import type { Visit } from '../../../shared/domain';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

type User = ReturnType<typeof userEvent.setup>;
let visit: Visit;

beforeEach(async () => {
  await freshDatabase();
  const partner = await savePartner({
    name: 'Ronnenberg',
    country: 'DE',
    relationKind: 'partnership',
    status: 'active',
  });
  visit = await createVisit({
    direction: 'incoming',
    partnerIds: [partner.id],
    title: 'Wizyta burmistrza',
    start: '2027-05-12',
    end: '2027-05-13',
    status: 'planned',
    members: [
      { id: newId(), name: 'Anna Schmidt', precedence: 1, languages: [] },
      { id: newId(), name: 'Jonas Weber', precedence: 2, languages: [] },
    ],
    programme: [{ id: newId(), from: '2027-05-12T10:00', to: '2027-05-12T11:00', activity: 'Powitanie w ratuszu' }],
    costs: [{ id: newId(), category: 'Hotel', amount: 1200, currency: 'PLN' }],
  });
  await saveGift({
    partnerId: partner.id,
    visitId: visit.id,
    direction: 'given',
    description: 'Album o gminie',
    date: '2027-05-12',
  });
  await saveTask({ title: 'Podziękowanie', due: '2027-05-20', visitId: visit.id });
});

function open(tab: string) {
  renderInApp(
    <Routes>
      <Route path="/visits/:visitId" element={<VisitPage />} />
      <Route path="/visits" element={<p>Lista wizyt</p>} />
    </Routes>,
    `/visits/${visit.id}?tab=${tab}`,
  );
}

/** Clicks "Cofnij" in the notification that says `message`. */
async function undo(user: User, message: string) {
  const notice = await screen.findByText(message);
  await user.click(within(notice.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Cofnij' }));
  await screen.findByText('Przywrócono usunięte dane');
}

const stored = async () => (await getVisit(visit.id))!;

describe('deletes on a visit page are undoable', () => {
  it('a member, keeping the order of precedence', async () => {
    const user = userEvent.setup();
    open('members');
    await user.click(await screen.findByRole('button', { name: 'Usuń: Anna Schmidt' }));
    await waitFor(async () => expect((await stored()).members.map((m) => m.name)).toEqual(['Jonas Weber']));
    await undo(user, 'Usunięto: Anna Schmidt');
    await waitFor(async () => expect((await stored()).members).toEqual(visit.members));
  });

  it('a programme item', async () => {
    const user = userEvent.setup();
    open('programme');
    await user.click(await screen.findByRole('button', { name: 'Usuń: Powitanie w ratuszu' }));
    await waitFor(async () => expect((await stored()).programme).toEqual([]));
    await undo(user, 'Usunięto: Powitanie w ratuszu');
    await waitFor(async () => expect((await stored()).programme).toEqual(visit.programme));
  });

  it('a cost line, which no longer vanishes without a word', async () => {
    const user = userEvent.setup();
    open('costs');
    await user.click(await screen.findByRole('button', { name: 'Usuń koszt: Hotel' }));
    await waitFor(async () => expect((await stored()).costs).toEqual([]));
    await undo(user, 'Usunięto: Hotel');
    await waitFor(async () => expect((await stored()).costs).toEqual(visit.costs));
  });

  it('a gift', async () => {
    const user = userEvent.setup();
    open('gifts');
    await user.click(await screen.findByRole('button', { name: 'Usuń upominek: Album o gminie' }));
    await waitFor(async () => expect(await db.gifts.count()).toBe(0));
    await undo(user, 'Usunięto: Album o gminie');
    await waitFor(async () => expect(await db.gifts.count()).toBe(1));
  });

  it('a follow-up task', async () => {
    const user = userEvent.setup();
    open('after');
    await user.click(await screen.findByRole('button', { name: 'Usuń zadanie: Podziękowanie' }));
    await waitFor(async () => expect(await listTasks()).toEqual([]));
    await undo(user, 'Usunięto: Podziękowanie');
    await waitFor(async () => expect((await listTasks()).map((x) => x.title)).toEqual(['Podziękowanie']));
  });

  it('the visit itself, with its gifts and tasks', async () => {
    const user = userEvent.setup();
    open('members');
    await user.click(await screen.findByRole('button', { name: 'Usuń' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Usuń' }));
    await screen.findByText('Lista wizyt');
    await waitFor(async () => expect(await db.visits.count()).toBe(0));
    await undo(user, 'Usunięto: Wizyta burmistrza');
    await waitFor(async () => expect(await stored()).toEqual(visit));
    expect(await db.gifts.count()).toBe(1);
    expect((await listTasks()).map((x) => x.title)).toEqual(['Podziękowanie']);
  });
});
