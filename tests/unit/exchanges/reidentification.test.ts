import { describe, expect, it } from 'vitest';
import { anonymiseWithin, applyTownRule, MIN_SHARED_TOWN } from '../../../shared/anonymise';
import { participantSchema } from '../../../shared/domain';
import { ageBandOf, isMinorOn, participantAge, participantAgeBand } from '../../../shared/exchanges/age';
import { mergeRegisters, registerEffect, replayRegister } from '../../../shared/exchanges/erasureRegister';
import { person } from './fixtures';

const AT = '2032-01-01T00:00:00.000Z';

describe('age bands of anonymised people', () => {
  it.each([
    [0, 'upTo12'],
    [12, 'upTo12'],
    [13, 'from13to17'],
    [17, 'from13to17'],
    [18, 'from18to25'],
    [25, 'from18to25'],
    [26, 'from26'],
    [70, 'from26'],
  ] as const)('an age of %i falls in %s', (age, band) => {
    expect(ageBandOf(age)).toBe(band);
  });

  it('takes the band from the age on the camp’s first day, not the birth year', () => {
    // Born 2014-07-11: 12 on the camp's first day (2027-07-10), 13 a day later.
    const child = person({ birthDate: '2014-07-11', birthYear: 2014, occurrence: '2027-07-10' });
    const [out] = anonymiseWithin([child], new Set([child.id]), AT).values();
    expect(out!.ageBand).toBe('upTo12');
    expect(out!.birthYear).toBeUndefined();
    expect(out!.birthDate).toBeUndefined();
    expect(participantAge(out!, '2027-07-10')).toBeNull();
    expect(participantAgeBand(out!, '2027-07-10')).toBe('upTo12');
    expect(isMinorOn(out!, '2027-07-10')).toBe(true);
    expect(participantSchema.safeParse(out).success).toBe(true);
  });

  it('turns a record an older rule anonymised with its birth year into an age band when the register is replayed', () => {
    const old = person({ birthDate: undefined, birthYear: 2009, anonymisedAt: AT, identified: 0, firstName: '—' });
    const replay = replayRegister([old], [], AT);
    expect(replay.put.map((p) => [p.birthYear, p.ageBand])).toEqual([[undefined, 'from18to25']]);
    expect(replay.reanonymised).toBe(0);
  });
});

describe('the sending town of anonymised people (k ≥ 5)', () => {
  const camp = (town: string, n: number, over = {}) =>
    Array.from({ length: n }, () => person({ sendingTown: town, ...over }));

  it(`keeps a town shared by ${MIN_SHARED_TOWN} anonymised people of the edition and drops one shared by fewer`, () => {
    const all = [...camp('ronnenberg', 5), ...camp('duclair', 4), ...camp('home', 1)];
    const out = [...anonymiseWithin(all, new Set(all.map((p) => p.id)), AT).values()];
    const towns = out.map((p) => p.sendingTown ?? 'dropped');
    expect(towns.filter((t) => t === 'ronnenberg')).toHaveLength(5);
    expect(towns.filter((t) => t === 'dropped')).toHaveLength(5);
    for (const p of out) expect(participantSchema.safeParse(p).success).toBe(true);
  });

  it('counts within one camp edition only: five people from one town across two years are too few', () => {
    const all = [...camp('duclair', 3), ...camp('duclair', 2, { occurrence: '2028-07-10' })];
    const out = [...anonymiseWithin(all, new Set(all.map((p) => p.id)), AT).values()];
    expect(out.every((p) => p.sendingTown === undefined)).toBe(true);
  });

  it('counts people anonymised earlier in the same edition, and still identified people not at all', () => {
    const earlier = camp('duclair', 3).map((p) => ({ ...p, anonymisedAt: AT, identified: 0 as const }));
    const now = camp('duclair', 2);
    const stillIdentified = camp('duclair', 4);
    const out = anonymiseWithin([...earlier, ...now, ...stillIdentified], new Set(now.map((p) => p.id)), AT);
    expect([...out.values()].every((p) => p.sendingTown === 'duclair')).toBe(true);
    expect(applyTownRule([...earlier, ...now].slice(0, 4), AT)).toHaveLength(4);
  });
});

describe('the register of anonymisations and erasures', () => {
  const a = { id: 'a', at: '2030-01-01T00:00:00.000Z', participantIds: ['p-a'], eventIds: ['camp'] };
  const b = { id: 'b', at: '2031-01-01T00:00:00.000Z', participantIds: [], eventIds: ['camp'], erasedIds: ['p-b'] };

  it('merges as a union by id, whatever the order', () => {
    expect(mergeRegisters([a], [b, a])).toEqual([a, b]);
    expect(mergeRegisters([b], [a])).toEqual(mergeRegisters([a], [b]));
  });

  it('erases erased people and anonymises people of a run, counting only those who held data', () => {
    const people = [person({ id: 'p-a' }), person({ id: 'p-b' }), person({ id: 'p-c' })];
    const replay = replayRegister(people, [a, b], AT);
    expect(replay.erase).toEqual(['p-b']);
    expect(replay.put.map((p) => [p.id, p.firstName])).toEqual([['p-a', '—']]);
    expect(registerEffect({ participants: people, contacts: [], visits: [] }, [a, b])).toEqual({
      reanonymised: 1,
      erased: 1,
    });
    expect(registerEffect({ participants: replay.put, contacts: [], visits: [] }, [a, b])).toEqual({
      reanonymised: 0,
      erased: 0,
    });
  });
});
