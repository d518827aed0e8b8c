import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANONYMISED_NAME, anonymiseParticipant, fieldsToAnonymise } from '../../../shared/anonymise';
import { participantSchema } from '../../../shared/domain';
import { participantAgeBand } from '../../../shared/exchanges/age';
import { person } from './fixtures';

/** Every string anywhere in a value, however deeply nested. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const word = fc.stringMatching(/^[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]{4,20}$/);
const day = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2020-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('anonymising a participant', () => {
  it('leaves no identifier in any string field, keeps the age band, role, town (for the edition rule) and counts', () => {
    fc.assert(
      fc.property(word, word, word, word, word, day, day, (first, last, guardian, diet, medical, birth, expiry) => {
        const p = person({
          firstName: `X${first}`,
          lastName: `Y${last}`,
          guardianName: `G${guardian}`,
          guardianPhone: '+48 601 234 567',
          birthDate: birth,
          birthYear: Number(birth.slice(0, 4)),
          dietaryNotes: `D${diet}`,
          medicalNotes: `M${medical}`,
          travelDocumentExpiry: expiry,
          roomId: 'room-7',
          consents: {
            parental: { givenOn: '2027-05-01', givenBy: `G${guardian}` },
            image: { givenOn: '2027-05-02', givenBy: `G${guardian}` },
          },
          sendingTown: 'ronnenberg',
          role: 'participant',
        });
        const out = anonymiseParticipant(p, '2032-01-01T00:00:00.000Z');
        const identifiers = [
          p.firstName,
          p.lastName,
          p.guardianName!,
          p.guardianPhone!,
          p.dietaryNotes!,
          p.medicalNotes!,
          birth,
          expiry,
          'room-7',
        ];
        for (const s of strings(out)) {
          for (const id of identifiers) expect(s.includes(id), `${s} holds ${id}`).toBe(false);
        }
        expect(out.birthYear).toBeUndefined();
        expect(out.ageBand).toBe(participantAgeBand(p, p.occurrence));
        expect(out).toMatchObject({
          role: 'participant',
          sendingTown: 'ronnenberg',
          status: p.status,
          eventId: p.eventId,
          occurrence: p.occurrence,
        });
        expect(out.firstName).toBe(ANONYMISED_NAME);
        expect(participantSchema.safeParse(out).success).toBe(true);
        expect(fieldsToAnonymise(out)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('lists what a run will change for a participant', () => {
    expect(fieldsToAnonymise(person({ dietaryNotes: 'wegetariańska', travelDocumentExpiry: undefined }))).toEqual([
      'names',
      'birthDate',
      'guardian',
      'notes',
      'consents',
    ]);
  });

  it('keeps the time of the first run when applied twice', () => {
    const once = anonymiseParticipant(person(), '2030-01-01T00:00:00.000Z');
    expect(anonymiseParticipant(once, '2031-01-01T00:00:00.000Z').anonymisedAt).toBe('2030-01-01T00:00:00.000Z');
  });
});
