import { describe, expect, it } from 'vitest';
import { ratioPerTown, readinessIssues } from '../../../shared/exchanges/readiness';
import { person, room } from './fixtures';

const camp = { start: '2027-07-10', end: '2027-07-20' };
const minors = (count: number, sendingTown = 'ronnenberg') =>
  Array.from({ length: count }, () => person({ sendingTown }));

describe('chaperone ratio per sending town', () => {
  it('asks for a second adult when twelve minors come with one chaperone', () => {
    const list = [...minors(12), person({ role: 'chaperone', birthDate: '1980-01-01', sendingTown: 'ronnenberg' })];
    expect(ratioPerTown(list, camp.start)).toEqual([
      { town: 'ronnenberg', minors: 12, adults: 1, required: 2, ok: false },
    ]);
  });

  it('is satisfied by exactly one adult per ten minors and checks each town apart', () => {
    const list = [
      ...minors(10),
      person({ role: 'leader', birthDate: '1975-01-01', sendingTown: 'ronnenberg' }),
      ...minors(3, 'home'),
    ];
    const result = ratioPerTown(list, camp.start);
    expect(result.find((r) => r.town === 'ronnenberg')).toMatchObject({ ok: true, required: 1 });
    expect(result.find((r) => r.town === 'home')).toMatchObject({ ok: false, required: 1, adults: 0 });
  });

  it('follows the setting and ignores withdrawn people and adult participants', () => {
    const list = [
      ...minors(6),
      person({ status: 'withdrawn', sendingTown: 'ronnenberg' }),
      person({ birthDate: '2000-01-01', sendingTown: 'ronnenberg' }),
      person({ role: 'chaperone', birthDate: '1980-01-01', sendingTown: 'ronnenberg' }),
    ];
    expect(ratioPerTown(list, camp.start, 5)).toEqual([
      { town: 'ronnenberg', minors: 6, adults: 1, required: 2, ok: false },
    ]);
    expect(ratioPerTown(list, camp.start, 6)[0]!.ok).toBe(true);
  });
});

describe('the readiness checklist', () => {
  it('names each minor without parental consent, or whose consent was withdrawn', () => {
    const noConsent = person({ consents: {} });
    const withdrawn = person({
      consents: { parental: { givenOn: '2027-01-01', givenBy: 'Ewa', withdrawnOn: '2027-06-01' } },
    });
    const adult = person({ birthDate: '2000-01-01', consents: {}, guardianName: undefined, guardianPhone: undefined });
    const ok = person({ role: 'chaperone', birthDate: '1980-01-01' });
    const issues = readinessIssues({ ...camp, participants: [noConsent, withdrawn, adult, ok], rooms: [] });
    expect(issues.filter((i) => i.kind === 'parentalConsent')).toEqual([
      { kind: 'parentalConsent', participantId: noConsent.id },
      { kind: 'parentalConsent', participantId: withdrawn.id },
    ]);
  });

  it('flags travel documents that expire before the camp ends, not on its last day', () => {
    const early = person({ travelDocumentExpiry: '2027-07-19' });
    const lastDay = person({ travelDocumentExpiry: '2027-07-20' });
    const issues = readinessIssues({
      ...camp,
      participants: [early, lastDay, person({ role: 'chaperone', birthDate: '1980-01-01' })],
      rooms: [],
    });
    expect(issues).toEqual([{ kind: 'travelDocument', participantId: early.id, expiry: '2027-07-19' }]);
  });

  it('flags a room with more occupants than beds and names them', () => {
    const r = room({ capacity: 1 });
    const a = person({ roomId: r.id });
    const b = person({ roomId: r.id });
    const issues = readinessIssues({
      ...camp,
      participants: [a, b, person({ role: 'chaperone', birthDate: '1980-01-01' })],
      rooms: [r],
    });
    expect(issues).toEqual([
      { kind: 'roomOverCapacity', roomId: r.id, occupants: 2, capacity: 1, participantIds: [a.id, b.id] },
    ]);
  });

  it('is empty for a camp that is ready', () => {
    const list = [...minors(3, 'home'), person({ role: 'chaperone', birthDate: '1980-01-01' })];
    expect(readinessIssues({ ...camp, participants: list, rooms: [room({ capacity: 4 })] })).toEqual([]);
  });
});
