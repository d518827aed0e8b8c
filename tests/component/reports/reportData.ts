// Records of one year for the report's component tests: two partners, visits both ways with costs, events, a camp.
import { newId } from '../../../renderer/db/repositories/base';
import { saveEvent } from '../../../renderer/db/repositories/events';
import { saveParticipant } from '../../../renderer/db/repositories/participants';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { createVisit } from '../../../renderer/db/repositories/visits';

/** The report's year: the tests fix today in it (useFixedToday), so the page opens on it. */
export const Y = 2026;

export async function seedReport(): Promise<void> {
  const ronnenberg = await savePartner({
    name: 'Ronnenberg',
    country: 'DE',
    relationKind: 'twinning',
    status: 'active',
    startDate: '1992-06-01',
  });
  const duclair = await savePartner({
    name: 'Duclair',
    country: 'FR',
    relationKind: 'partnership',
    status: 'active',
    startDate: '2001-03-10',
  });
  const cost = (category: string, amount: number, currency: string) => ({ id: newId(), category, amount, currency });
  await createVisit({
    direction: 'incoming',
    partnerIds: [ronnenberg.id],
    title: 'Przyjazd z Ronnenbergu',
    start: `${Y}-05-12`,
    end: `${Y}-05-14`,
    status: 'done',
    costs: [cost('hotel', 1200, 'PLN')],
  });
  await createVisit({
    direction: 'outgoing',
    partnerIds: [ronnenberg.id, duclair.id],
    title: 'Wyjazd do Ronnenbergu i Duclair',
    start: `${Y}-09-01`,
    end: `${Y}-09-05`,
    status: 'done',
    costs: [cost('hotel', 300, 'PLN'), cost('travel', 150, 'EUR')],
  });
  await createVisit({
    direction: 'incoming',
    partnerIds: [duclair.id],
    title: 'Przyjazd z Duclair',
    start: `${Y}-10-03`,
    end: `${Y}-10-04`,
    status: 'done',
  });
  await createVisit({
    direction: 'incoming',
    partnerIds: [ronnenberg.id],
    title: 'Wizyta sprzed roku',
    start: `${Y - 1}-06-01`,
    end: `${Y - 1}-06-02`,
    status: 'done',
    costs: [cost('hotel', 999, 'PLN')],
  });
  await saveEvent({
    title: 'Dni Europy',
    kind: 'europeDays',
    allDay: true,
    start: `${Y}-05-09`,
    end: `${Y}-05-09`,
    host: 'home',
    partnerIds: [ronnenberg.id],
    status: 'done',
  });
  await saveEvent({
    title: 'Konferencja miast',
    kind: 'conference',
    allDay: true,
    start: `${Y}-11-20`,
    end: `${Y}-11-20`,
    host: duclair.id,
    partnerIds: [duclair.id],
    status: 'done',
  });
  const camp = await saveEvent({
    title: 'Obóz młodzieży',
    kind: 'youthCamp',
    allDay: true,
    start: `${Y}-07-10`,
    end: `${Y}-07-20`,
    host: 'home',
    partnerIds: [duclair.id],
    status: 'done',
  });
  for (const [firstName, lastName, sendingTown] of [
    ['Ola', 'Nowak', 'home'],
    ['Marie', 'Dubois', duclair.id],
  ] as const) {
    await saveParticipant({
      eventId: camp.id,
      occurrence: `${Y}-07-10`,
      firstName,
      lastName,
      birthDate: `${Y - 14}-02-02`,
      birthYear: Y - 14,
      role: 'participant',
      sendingTown,
      status: 'attended',
    });
  }
}
