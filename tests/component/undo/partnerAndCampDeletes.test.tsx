// Deletes of partners (with their contacts and agreements), contacts, agreements, rooms and camp participants offer Undo, which restores all they removed.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { listAgreements, saveAgreement } from '../../../renderer/db/repositories/agreements';
import { assignRoom } from '../../../renderer/db/repositories/participants';
import { getPartner, listContacts, saveContact, savePartner } from '../../../renderer/db/repositories/partners';
import { saveRoom } from '../../../renderer/db/repositories/rooms';
import { PartnerPage } from '../../../renderer/features/partners/PartnerPage';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';
import { adult, exampleCamp, openCamp, registerPeople } from '../exchanges/campSetup';

type User = ReturnType<typeof userEvent.setup>;

async function undo(user: User, message: string) {
  const notice = await screen.findByText(message);
  await user.click(within(notice.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Cofnij' }));
  await screen.findByText('Przywrócono usunięte dane');
}

async function confirm(user: User, dialogName: string) {
  await user.click(
    within(await screen.findByRole('dialog', { name: dialogName })).getByRole('button', { name: 'Usuń' }),
  );
}

async function partnerWithRecords() {
  await freshDatabase();
  const partner = await savePartner({ name: 'Duclair', country: 'FR', relationKind: 'partnership', status: 'active' });
  const contact = await saveContact({ partnerId: partner.id, name: 'Élodie Martin', role: 'coordinator' });
  const agreement = await saveAgreement({
    partnerId: partner.id,
    date: '1992-06-01',
    change: 'signed',
    title: 'Umowa',
  });
  renderInApp(
    <Routes>
      <Route path="/partners" element={<h1>Lista gmin</h1>} />
      <Route path="/partners/:id" element={<PartnerPage />} />
    </Routes>,
    `/partners/${partner.id}`,
  );
  await screen.findByRole('heading', { name: 'Duclair', level: 1 });
  return { partner, contact, agreement };
}

describe('undo on a partner page', () => {
  it('brings back a deleted contact and a deleted agreement change', async () => {
    const { partner, contact, agreement } = await partnerWithRecords();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Usuń kontakt Élodie Martin' }));
    await confirm(user, 'Usuń kontakt Élodie Martin');
    await waitFor(async () => expect(await listContacts(partner.id)).toEqual([]));
    await undo(user, 'Usunięto: Élodie Martin');
    await waitFor(async () => expect(await listContacts(partner.id)).toEqual([contact]));
    expect(await screen.findByRole('cell', { name: 'Élodie Martin' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Usuń zmianę Umowa' }));
    await confirm(user, 'Usuń zmianę Umowa');
    await waitFor(async () => expect(await listAgreements(partner.id)).toEqual([]));
    await undo(user, 'Usunięto: Umowa');
    await waitFor(async () => expect(await listAgreements(partner.id)).toEqual([agreement]));
  });

  it('brings back a deleted partner town with its contacts and agreements', async () => {
    const { partner, contact, agreement } = await partnerWithRecords();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Usuń gminę' }));
    await confirm(user, 'Usuń gminę');
    expect(await screen.findByRole('heading', { name: 'Lista gmin' })).toBeTruthy();
    expect(await getPartner(partner.id)).toBeUndefined();
    await undo(user, 'Usunięto gminę Duclair');
    await waitFor(async () => expect(await getPartner(partner.id)).toEqual(partner));
    expect(await listContacts(partner.id)).toEqual([contact]);
    expect(await listAgreements(partner.id)).toEqual([agreement]);
  });
});

describe('undo on a camp page', () => {
  it('brings back a deleted room with its people assigned again', async () => {
    const { db, eventId } = await exampleCamp();
    await registerPeople([adult(eventId, 'Anna', 'Kowalska')]);
    const room = await saveRoom({ eventId, occurrence: '2027-07-10', name: 'Poddasze', capacity: 4 });
    const [anna] = await db.participants.toArray();
    await assignRoom(anna!.id, room.id);
    const user = userEvent.setup();
    await openCamp(eventId, 'rooms');
    await user.click(await screen.findByRole('button', { name: 'Usuń pokój Poddasze' }));
    await confirm(user, 'Usunąć pokój Poddasze?');
    await waitFor(async () => expect((await db.participants.get(anna!.id))!.roomId).toBeUndefined());
    await undo(user, 'Usunięto: Poddasze');
    await waitFor(async () => expect((await db.participants.get(anna!.id))!.roomId).toBe(room.id));
    expect(await db.rooms.get(room.id)).toEqual(room);
    expect(await screen.findByRole('cell', { name: 'Poddasze' })).toBeTruthy();
  });

  it('deletes a participant entered by mistake after asking, and brings them back on Undo', async () => {
    const { db, eventId } = await exampleCamp();
    await registerPeople([adult(eventId, 'Anna', 'Kowalska')]);
    const [anna] = await db.participants.toArray();
    const user = userEvent.setup();
    await openCamp(eventId, 'participants');
    await user.click(await screen.findByRole('link', { name: 'Kowalska Anna' }));
    const form = await screen.findByRole('dialog', { name: 'Dane uczestnika' });
    await user.click(within(form).getByRole('button', { name: 'Usuń uczestnika' }));
    await confirm(user, 'Usunąć uczestnika Anna Kowalska?');
    await waitFor(async () => expect(await db.participants.count()).toBe(0));
    await undo(user, 'Usunięto: Anna Kowalska');
    await waitFor(async () => expect(await db.participants.get(anna!.id)).toEqual(anna));
  });
});
