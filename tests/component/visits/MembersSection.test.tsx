// Travel documents on an outgoing visit: members whose document expires before the return are named.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VisitDirection } from '../../../shared/domain';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { createVisit, updateVisit } from '../../../renderer/db/repositories/visits';
import { VisitPage } from '../../../renderer/features/visits/VisitPage';
import { changeLanguage } from '../../../renderer/i18n';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

type User = ReturnType<typeof userEvent.setup>;

beforeEach(async () => {
  await freshDatabase();
});

afterEach(async () => {
  await changeLanguage('pl');
});

async function openVisit(direction: VisitDirection) {
  const partner = await savePartner({ name: 'Duclair', country: 'FR', relationKind: 'partnership', status: 'active' });
  const visit = await createVisit({
    direction,
    partnerIds: [partner.id],
    title: 'Wyjazd do Duclair',
    start: '2027-06-10',
    end: '2027-06-14',
    status: 'planned',
  });
  await updateVisit(visit.id, (v) => ({
    ...v,
    members: [
      {
        id: 'm-1',
        name: 'Jan Kowalski',
        function: 'Burmistrz',
        languages: ['fr'],
        precedence: 1,
        travelDocumentExpiry: '2030-01-31',
      },
      { id: 'm-2', name: 'Ewa Zielińska', languages: [], precedence: 2 },
    ],
  }));
  renderInApp(
    <Routes>
      <Route path="/visits/:visitId" element={<VisitPage />} />
    </Routes>,
    `/visits/${visit.id}`,
  );
  await screen.findByRole('table', { name: 'Skład delegacji' });
  return visit;
}

async function addMember(user: User, name: string, expiry: string) {
  await user.click(screen.getByRole('button', { name: 'Dodaj osobę' }));
  const dialog = await screen.findByRole('dialog', { name: 'Nowa osoba w delegacji' });
  await user.type(within(dialog).getByRole('textbox', { name: 'Imię i nazwisko' }), name);
  fireEvent.change(within(dialog).getByLabelText('Dokument podróży ważny do'), { target: { value: expiry } });
  await user.click(within(dialog).getByRole('button', { name: 'Zapisz' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Nowa osoba w delegacji' })).toBeNull());
}

const rowOf = (name: string) => screen.getAllByRole('row').find((r) => within(r).queryByRole('cell', { name }))!;

describe('travel documents of an outgoing delegation', () => {
  it('warns about a member whose document expires before the return date, and only about them', async () => {
    const user = userEvent.setup();
    await openVisit('outgoing');
    expect(screen.queryByRole('alert')).toBeNull();

    // Valid until the day of return is enough; the day before is not.
    await addMember(user, 'Piotr Wiśniewski', '2027-06-14');
    expect(screen.queryByRole('alert')).toBeNull();
    await addMember(user, 'Anna Nowak', '2027-06-13');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Dokument podróży traci ważność przed powrotem')).toBeTruthy();
    expect(alert.textContent).toContain('Anna Nowak: dokument ważny do 13 czerwca 2027, powrót 14 czerwca 2027.');
    expect(alert.textContent).not.toContain('Piotr Wiśniewski');
    expect(alert.textContent).not.toContain('Jan Kowalski');
    expect(within(rowOf('Anna Nowak')).getByText('traci ważność')).toBeTruthy();
    expect(within(rowOf('Piotr Wiśniewski')).queryByText('traci ważność')).toBeNull();
    // The visit's header counts it too, whichever tab is open.
    expect(screen.getByText('1 dokument traci ważność przed powrotem')).toBeTruthy();

    await changeLanguage('en');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Anna Nowak: document valid until 13 June 2027, return on 14 June 2027.',
    );
    expect(screen.getByText('1 document expires before the return')).toBeTruthy();
    await changeLanguage('pl');

    // A renewed document clears the warning.
    await user.click(screen.getByRole('button', { name: 'Edytuj: Anna Nowak' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edycja osoby' });
    fireEvent.change(within(dialog).getByLabelText('Dokument podróży ważny do'), { target: { value: '2032-06-13' } });
    await user.click(within(dialog).getByRole('button', { name: 'Zapisz' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.queryByText('traci ważność')).toBeNull();
  });

  it('warns again when the trip is extended past a member’s document', async () => {
    const user = userEvent.setup();
    await openVisit('outgoing');
    await addMember(user, 'Anna Nowak', '2027-06-20');
    expect(screen.queryByRole('alert')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Edytuj' }));
    const form = await screen.findByRole('dialog', { name: 'Edycja wizyty' });
    fireEvent.change(within(form).getByLabelText(/^Do/), { target: { value: '2027-06-21' } });
    await user.click(within(form).getByRole('button', { name: 'Zapisz' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Anna Nowak: dokument ważny do 20 czerwca 2027, powrót 21 czerwca 2027.',
    );
  });

  it('does not warn on an incoming visit: the guests’ documents are their own matter', async () => {
    const user = userEvent.setup();
    await openVisit('incoming');
    await addMember(user, 'Anna Nowak', '2027-06-13');
    expect(await screen.findByRole('cell', { name: 'Anna Nowak' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText('traci ważność')).toBeNull();
  });
});

describe('a member’s contact line', () => {
  it('links the e-mail address in it to the mail program and keeps the rest as typed', async () => {
    const user = userEvent.setup();
    await openVisit('incoming');
    await user.click(screen.getByRole('button', { name: 'Dodaj osobę' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nowa osoba w delegacji' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Imię i nazwisko' }), 'Marlene Brandt');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Kontakt' }),
      'tel. +49 5109 123, marlene.brandt@ronnenberg.de',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Zapisz' }));

    const link = await screen.findByRole('link', { name: 'marlene.brandt@ronnenberg.de' });
    expect(link.getAttribute('href')).toBe('mailto:marlene.brandt@ronnenberg.de');
    expect(within(rowOf('Marlene Brandt')).getByRole('cell', { name: /^tel\. \+49 5109 123, / }).textContent).toBe(
      'tel. +49 5109 123, marlene.brandt@ronnenberg.de',
    );
    // A contact without an address stays plain text.
    expect(within(rowOf('Jan Kowalski')).queryByRole('link')).toBeNull();
  });
});
