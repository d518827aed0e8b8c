// Open merge notices show on every record view, not only partners and visits: an event's details, a camp's page and a
// participant's page, each field named as its form names it; rows of contacts, agreement changes and tasks carry a mark
// that leads to the merge log.
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { expandEvent } from '../../../shared/calendar/recurrence';
import type { MergeLogEntry } from '../../../shared/sync/merge';
import { saveAgreement } from '../../../renderer/db/repositories/agreements';
import { saveContact, savePartner } from '../../../renderer/db/repositories/partners';
import { saveTask } from '../../../renderer/db/repositories/tasks';
import { EventDetails } from '../../../renderer/features/calendar/EventDetails';
import { TasksPanel } from '../../../renderer/features/calendar/TasksPanel';
import { AgreementsSection } from '../../../renderer/features/partners/AgreementsSection';
import { ContactsSection } from '../../../renderer/features/partners/ContactsSection';
import { PersonPage } from '../../../renderer/features/exchanges/PersonPage';
import { changeLanguage } from '../../../renderer/i18n';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';
import { adult, EDITION, exampleCamp, openCamp, registerPeople } from '../exchanges/campSetup';

const kept = { by: 'anna', at: 2_000 };
const other = { by: 'jan', at: 1_000 };

const entry = (table: string, key: string, notices: MergeLogEntry['notices']): MergeLogEntry => ({
  at: 2_000,
  table,
  key,
  notices,
  taken: [],
  settled: false,
});

async function campWithNotices() {
  const { db, eventId } = await exampleCamp();
  await registerPeople([adult(eventId, 'Ewa', 'Nowak')]);
  const person = (await db.participants.where('eventId').equals(eventId).first())!;
  await db.table('syncLog').bulkAdd([
    entry('events', eventId, [
      { kind: 'field', path: ['status'], kept, other, otherValue: 'cancelled' },
      { kind: 'field', path: ['place', 'town'], kept, other, otherValue: 'Ronnenberg' },
    ]),
    entry('participants', person.id, [
      { kind: 'field', path: ['role'], kept, other, otherValue: 'leader' },
      { kind: 'field', path: ['guardianPhone'], kept, other, otherValue: '+48 600 100 200' },
    ]),
  ]);
  return { db, eventId, person };
}

afterEach(async () => changeLanguage('pl'));

describe('merge notices beyond partners and visits', () => {
  it('show in an event’s details, named as the event form names its fields', async () => {
    const { db, eventId } = await campWithNotices();
    const camp = (await db.events.get(eventId))!;
    renderInApp(
      <EventDetails
        occurrence={expandEvent(camp, EDITION, EDITION)[0]!}
        clashes={[]}
        partners={[]}
        homeName="Swarzędz"
        onEdit={() => undefined}
        onClose={() => undefined}
      />,
    );
    expect(await screen.findByText('Status: w międzyczasie zmienił(a) jan – ich wartość: „Odwołane”')).toBeTruthy();
    expect(screen.getByText('Miejsce › Miejscowość: w międzyczasie zmienił(a) jan – ich wartość: „Ronnenberg”'));
  });

  it('show on the camp’s page, in English too', async () => {
    const { eventId } = await campWithNotices();
    await changeLanguage('en');
    await openCamp(eventId, 'participants');
    expect(await screen.findByText('Status: changed meanwhile by jan – their value: “Cancelled”')).toBeTruthy();
  });

  it('show on a participant’s page, named as the participant form names its fields', async () => {
    const { person } = await campWithNotices();
    renderInApp(
      <Routes>
        <Route path="/exchanges/person/:participantId" element={<PersonPage />} />
      </Routes>,
      `/exchanges/person/${person.id}`,
    );
    expect(await screen.findByText('Rola: w międzyczasie zmienił(a) jan – ich wartość: „kierownik”')).toBeTruthy();
    expect(
      screen.getByText('Telefon rodzica lub opiekuna: w międzyczasie zmienił(a) jan – ich wartość: „+48 600 100 200”'),
    ).toBeTruthy();
  });

  it('mark the rows of a contact, an agreement change and a task, leading to the merge log', async () => {
    const db = await freshDatabase();
    const partner = await savePartner({
      name: 'Duclair',
      country: 'FR',
      relationKind: 'partnership',
      status: 'active',
    });
    const contact = await saveContact({ partnerId: partner.id, name: 'Marie Dubois', role: 'coordinator' });
    await saveContact({ partnerId: partner.id, name: 'Paul Martin', role: 'mayor' });
    const change = await saveAgreement({ partnerId: partner.id, change: 'signed', date: '1992-06-01', title: 'Umowa' });
    const task = await saveTask({ title: 'Zamówić autokar', due: '2031-05-01' });
    await db
      .table('syncLog')
      .bulkAdd([
        entry('contacts', contact.id, [{ kind: 'field', path: ['phone'], kept, other, otherValue: '+33 1 00 00' }]),
        entry('agreements', change.id, [{ kind: 'field', path: ['date'], kept, other, otherValue: '1992-06-02' }]),
        entry('tasks', task.id, [{ kind: 'field', path: ['due'], kept, other, otherValue: '2031-05-02' }]),
      ]);
    renderInApp(
      <>
        <ContactsSection partnerId={partner.id} />
        <AgreementsSection partnerId={partner.id} />
        <TasksPanel partners={[partner]} />
      </>,
    );
    const marks = [
      '„Marie Dubois”: zmienione w międzyczasie na innym stanowisku – otwórz dziennik scaleń',
      '„Umowa”: zmienione w międzyczasie na innym stanowisku – otwórz dziennik scaleń',
      '„Zamówić autokar”: zmienione w międzyczasie na innym stanowisku – otwórz dziennik scaleń',
    ];
    for (const name of marks)
      expect((await screen.findByRole('link', { name })).getAttribute('href')).toBe('/settings/team');
    const paul = screen.getByRole('row', { name: /Paul Martin/ });
    expect(within(paul).queryByRole('link')).toBeNull();
  });
});
