// The merge rules: properties (order-independent, nothing changed by one side alone is lost) and the cases users meet.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  equal,
  logEntry,
  mergeDeleteVsEdit,
  mergeRecords,
  takeOver,
  type Doc,
  type FieldConflict,
  type Json,
} from '../../../shared/sync/merge';

const anna = { by: 'anna', at: 1_000 };
const jan = { by: 'jan', at: 2_000 };

const scalar = fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 3 }), fc.constant(undefined));
const FIELDS = ['title', 'status', 'notes', 'budget'] as const;
const ITEM_IDS = ['i1', 'i2', 'i3', 'i4'];

const itemArb = (id: string) =>
  fc.record({ id: fc.constant(id), activity: fc.string({ maxLength: 3 }), place: scalar });
const listArb = fc
  .subarray(ITEM_IDS)
  .chain((ids) => fc.tuple(...ids.map(itemArb)))
  .map((items) => items as Doc[]);
const docArb = fc
  .record({ title: scalar, status: scalar, notes: scalar, budget: scalar, programme: listArb })
  .map((d) => JSON.parse(JSON.stringify(d)) as Doc);

/** A side's change of the base: some fields rewritten, programme items added, edited or removed. */
const changeArb = (base: Doc) =>
  fc
    .record({
      fields: fc.subarray([...FIELDS]),
      values: fc.array(scalar, { minLength: 4, maxLength: 4 }),
      programme: fc.option(listArb, { nil: undefined }),
      editItem: fc.option(fc.constantFrom(...ITEM_IDS), { nil: undefined }),
      activity: fc.string({ maxLength: 3 }),
    })
    .map((c) => {
      const doc: Doc = structuredClone(base);
      c.fields.forEach((f, i) => {
        const v = c.values[i];
        if (v === undefined) delete doc[f];
        else doc[f] = v;
      });
      let list = (doc.programme as Doc[] | undefined) ?? [];
      if (c.programme) list = [...list.filter((i) => !c.programme!.some((n) => n.id === i.id)), ...c.programme];
      if (c.editItem) list = list.map((i) => (i.id === c.editItem ? { ...i, activity: c.activity } : i));
      doc.programme = list as Json;
      return doc;
    });

const caseArb = docArb.chain((base) =>
  fc.record({
    base: fc.constant(base),
    a: changeArb(base),
    b: changeArb(base),
    aAt: fc.integer({ min: 0, max: 5 }),
    bAt: fc.integer({ min: 0, max: 5 }),
    aBy: fc.constantFrom('anna', 'jan'),
    bBy: fc.constantFrom('anna', 'jan'),
  }),
);

const items = (d: Doc) => new Map(((d.programme as Doc[] | undefined) ?? []).map((i) => [i.id as string, i]));

describe('merging two changed versions of a record', () => {
  it('gives the same record and notices whichever side merges first', () => {
    fc.assert(
      fc.property(caseArb, ({ base, a, b, aAt, bAt, aBy, bBy }) => {
        const one = { doc: a, author: { by: aBy, at: aAt } };
        const two = { doc: b, author: { by: bBy, at: bAt } };
        const ab = mergeRecords(base, one, two);
        const ba = mergeRecords(base, two, one);
        expect(ab.doc).toEqual(ba.doc);
        expect(ab.notices).toEqual(ba.notices);
        expect(ab.taken).toEqual(ba.taken);
      }),
      { numRuns: 500 },
    );
  });

  it('loses no field and no list item that only one side changed', () => {
    fc.assert(
      fc.property(caseArb, ({ base, a, b, aAt, bAt }) => {
        const { doc } = mergeRecords(
          base,
          { doc: a, author: { by: 'anna', at: aAt } },
          { doc: b, author: { by: 'jan', at: bAt } },
        );
        for (const [mine, other] of [
          [a, b],
          [b, a],
        ] as const) {
          for (const f of FIELDS)
            if (equal(other[f], base[f]) && !equal(mine[f], base[f])) expect(doc[f]).toEqual(mine[f]);
          const [baseItems, mineItems, otherItems, mergedItems] = [items(base), items(mine), items(other), items(doc)];
          for (const [id, item] of mineItems) {
            const untouchedThere = equal(otherItems.get(id), baseItems.get(id));
            if (untouchedThere && !equal(item, baseItems.get(id))) expect(mergedItems.get(id)).toEqual(item);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('merges different fields of one visit without a notice', () => {
    const base = { title: 'Wizyta z Ronnenberg', status: 'planned', notes: '' };
    const r = mergeRecords(
      base,
      { doc: { ...base, status: 'confirmed' }, author: anna },
      { doc: { ...base, notes: 'Kwiaty' }, author: jan },
    );
    expect(r.doc).toEqual({ title: 'Wizyta z Ronnenberg', status: 'confirmed', notes: 'Kwiaty' });
    expect(r.notices).toEqual([]);
    expect(r.taken).toEqual([
      { by: 'jan', path: ['notes'] },
      { by: 'anna', path: ['status'] },
    ]);
  });

  it('keeps the later change of one field and offers the other for one-click take-over', () => {
    const base = { title: 'Wizyta', status: 'planned' };
    const r = mergeRecords(
      base,
      { doc: { ...base, title: 'Anny' }, author: anna },
      { doc: { ...base, title: 'Jana' }, author: jan },
    );
    expect(r.doc.title).toBe('Jana');
    expect(r.notices).toEqual([{ kind: 'field', path: ['title'], kept: jan, other: anna, otherValue: 'Anny' }]);
    expect(takeOver(r.doc, r.notices[0] as FieldConflict).title).toBe('Anny');
  });

  it('merges programme items and members item by item, and takes over an item field by its id', () => {
    const p1 = { id: 'p1', activity: 'Powitanie', place: 'Ratusz' };
    const p2 = { id: 'p2', activity: 'Obiad', place: 'Rynek' };
    const base = { programme: [p1, p2], members: [{ id: 'm1', name: 'Burmistrz' }] };
    const annas = {
      programme: [{ ...p1, place: 'Sala sesyjna' }, p2],
      members: [...base.members, { id: 'm2', name: 'Tłumacz' }],
    };
    const jans = {
      programme: [{ ...p1, activity: 'Oficjalne powitanie', place: 'Dziedziniec' }],
      members: base.members,
    };
    const r = mergeRecords(base, { doc: annas, author: anna }, { doc: jans, author: jan });
    expect(r.doc.programme).toEqual([{ id: 'p1', activity: 'Oficjalne powitanie', place: 'Dziedziniec' }]);
    expect(r.doc.members).toEqual([
      { id: 'm1', name: 'Burmistrz' },
      { id: 'm2', name: 'Tłumacz' },
    ]);
    const placeNotice = r.notices.find((n) => n.path.join('.') === 'programme.p1.place') as FieldConflict;
    expect(placeNotice).toMatchObject({ kept: jan, other: anna, otherValue: 'Sala sesyjna' });
    expect((takeOver(r.doc, placeNotice).programme as Doc[])[0]!.place).toBe('Sala sesyjna');
  });

  it('keeps a list item deleted on one side and edited on the other, with a notice', () => {
    const base = { costs: [{ id: 'c1', amount: 100 }] };
    const r = mergeRecords(
      base,
      { doc: { costs: [] }, author: jan },
      { doc: { costs: [{ id: 'c1', amount: 150 }] }, author: anna },
    );
    expect(r.doc.costs).toEqual([{ id: 'c1', amount: 150 }]);
    expect(r.notices).toEqual([{ kind: 'deleteVsEdit', path: ['costs', 'c1'], deletedBy: jan, keptBy: anna }]);
  });

  it('keeps a record deleted on one desk and edited on the other, and lets an unedited one go', () => {
    const base = { name: 'Duclair' };
    expect(mergeDeleteVsEdit(base, jan, { doc: { name: 'Duclair (FR)' }, author: anna })).toEqual({
      doc: { name: 'Duclair (FR)' },
      notices: [{ kind: 'deleteVsEdit', path: [], deletedBy: jan, keptBy: anna }],
    });
    expect(mergeDeleteVsEdit(base, jan, { doc: { name: 'Duclair' }, author: anna })).toEqual({
      doc: null,
      notices: [],
    });
  });

  it('takes the later save time without a notice', () => {
    const base = { name: 'A', updatedAt: '1' };
    const r = mergeRecords(
      base,
      { doc: { name: 'B', updatedAt: '2' }, author: anna },
      { doc: { name: 'A', updatedAt: '3' }, author: jan },
    );
    expect(r.doc).toEqual({ name: 'B', updatedAt: '3' });
    expect(r.notices).toEqual([]);
  });
});

describe('the merge log', () => {
  it('logs a merge without decisions as settled and one with a notice as open', () => {
    const base = { title: 'Wizyta', status: 'planned' };
    const quiet = mergeRecords(base, { doc: { ...base, status: 'done' }, author: anna }, { doc: base, author: jan });
    expect(logEntry('visits', 'v1', 5, quiet)).toEqual({
      at: 5,
      table: 'visits',
      key: 'v1',
      notices: [],
      taken: [{ by: 'anna', path: ['status'] }],
      settled: true,
    });
    const loud = mergeRecords(
      base,
      { doc: { ...base, title: 'A' }, author: anna },
      { doc: { ...base, title: 'B' }, author: jan },
    );
    expect(logEntry('visits', 'v1', 6, loud)).toMatchObject({ settled: false, notices: [{ path: ['title'] }] });
  });
});
