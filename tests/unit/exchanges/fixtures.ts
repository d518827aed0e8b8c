// Participants and rooms for exchange tests, built with only what each test cares about.
import type { Participant, Room } from '../../../shared/domain';

let n = 0;
export function person(over: Partial<Participant> = {}): Participant {
  n++;
  const birthDate = over.birthDate ?? '2012-05-01';
  return {
    id: `p${n}`,
    eventId: 'camp',
    occurrence: '2027-07-10',
    firstName: `Anna${n}`,
    lastName: `Nowak${n}`,
    birthDate,
    birthYear: Number(birthDate.slice(0, 4)),
    role: 'participant',
    sendingTown: 'home',
    guardianName: 'Ewa Nowak',
    guardianPhone: '+48 600 100 200',
    status: 'registered',
    identified: 1,
    consents: { parental: { givenOn: '2027-05-01', givenBy: 'Ewa Nowak' } },
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
    ...over,
  };
}

export function room(over: Partial<Room> = {}): Room {
  n++;
  return {
    id: `r${n}`,
    eventId: 'camp',
    occurrence: '2027-07-10',
    name: `Pokój ${n}`,
    capacity: 2,
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
    ...over,
  };
}
