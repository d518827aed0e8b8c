import { describe, expect, it } from 'vitest';
import type { Gift } from '../../../shared/domain';
import { totalsByCurrency } from '../../../shared/visits/costs';
import { documentWarnings } from '../../../shared/visits/documents';
import { giftKey, repeatedGifts } from '../../../shared/visits/gifts';
import { estimatePerDiem, visitDays } from '../../../shared/visits/perDiem';
import { checklistFor, DEFAULT_LOGISTICS } from '../../../shared/visits/logistics';
import { visit } from './fixtures';

describe('the travel-document rule', () => {
  const members = [
    { id: 'a', name: 'Expires before return', precedence: 1, languages: [], travelDocumentExpiry: '2027-05-12' },
    { id: 'b', name: 'Expires on the return day', precedence: 2, languages: [], travelDocumentExpiry: '2027-05-13' },
    { id: 'c', name: 'No date given', precedence: 3, languages: [] },
  ];

  it('warns about a member whose document expires before the return date of an outgoing visit', () => {
    expect(documentWarnings(visit({ direction: 'outgoing', members })).map((w) => w.memberId)).toEqual(['a']);
  });

  it('does not warn on incoming visits', () => {
    expect(documentWarnings(visit({ direction: 'incoming', members }))).toEqual([]);
  });
});

describe('the gift-repeat rule', () => {
  const stamps = { createdAt: '', updatedAt: '' };
  const earlier: Gift[] = [
    { id: 'g1', partnerId: 'p1', direction: 'given', description: 'Kryształowy wazon', date: '2024-05-01', ...stamps },
    { id: 'g2', partnerId: 'p1', direction: 'received', description: 'Album o mieście', date: '2024-05-01', ...stamps },
    { id: 'g3', partnerId: 'p2', direction: 'given', description: 'Album o mieście', date: '2025-05-01', ...stamps },
  ];

  it('finds the same gift given to the same partner before, ignoring case, accents and punctuation', () => {
    expect(giftKey('  KRYSZTAŁOWY   wazon! ')).toBe(giftKey('krysztalowy wazon'));
    expect(
      repeatedGifts(earlier, { partnerId: 'p1', direction: 'given', description: 'krysztalowy WAZON.' }).map(
        (g) => g.id,
      ),
    ).toEqual(['g1']);
  });

  it('does not count a gift received from the partner or given to another partner', () => {
    expect(repeatedGifts(earlier, { partnerId: 'p1', direction: 'given', description: 'Album o mieście' })).toEqual([]);
  });

  it('does not warn about the gift being edited, nor about received gifts', () => {
    expect(
      repeatedGifts(earlier, { partnerId: 'p1', direction: 'given', description: 'Kryształowy wazon', exceptId: 'g1' }),
    ).toEqual([]);
    expect(
      repeatedGifts(earlier, { partnerId: 'p1', direction: 'received', description: 'Kryształowy wazon' }),
    ).toEqual([]);
  });
});

describe('per-diem sums', () => {
  const table = { rates: [{ country: 'DE', currency: 'EUR', amount: 10.1 }] };

  it('counts the first and last day of the visit', () => {
    expect(visitDays('2027-05-12', '2027-05-14')).toBe(3);
    expect(visitDays('2027-05-12', '2027-05-12')).toBe(1);
  });

  it('gives each member days × the country’s rate, in precedence order, and the total in the rate’s currency', () => {
    const estimate = estimatePerDiem(visit({ start: '2027-05-12', end: '2027-05-14' }), 'DE', table);
    expect(estimate.lines.map((l) => [l.name, l.days, l.allowance.amount])).toEqual([
      ['Hans Müller', 3, 30.3],
      ['Anna Schmidt', 3, 30.3],
      ['Jörg Weiß', 3, 30.3],
    ]);
    expect(estimate.totals).toEqual([{ currency: 'EUR', amount: 90.9 }]);
  });

  it('gives no lines when the table has no rate for the country', () => {
    const estimate = estimatePerDiem(visit(), 'SE', table);
    expect(estimate.rate).toBeUndefined();
    expect(estimate.lines).toEqual([]);
    expect(estimate.totals).toEqual([]);
  });
});

describe('cost totals', () => {
  it('sums each currency on its own, to the cent', () => {
    expect(
      totalsByCurrency([
        { amount: 0.1, currency: 'PLN' },
        { amount: 0.2, currency: 'PLN' },
        { amount: 120, currency: 'EUR' },
        { amount: 5.55, currency: 'EUR' },
      ]),
    ).toEqual([
      { currency: 'EUR', amount: 125.55 },
      { currency: 'PLN', amount: 0.3 },
    ]);
  });
});

describe('default logistics checklists', () => {
  it('starts an incoming visit with the incoming list, every item still to do', () => {
    let n = 0;
    const list = checklistFor('incoming', DEFAULT_LOGISTICS, () => `l${++n}`);
    expect(list.map((l) => l.kind)).toEqual(
      expect.arrayContaining(['accommodation', 'transport', 'interpreter', 'press', 'flags', 'seating', 'gifts']),
    );
    expect(list.every((l) => l.status === 'todo')).toBe(true);
  });
});
