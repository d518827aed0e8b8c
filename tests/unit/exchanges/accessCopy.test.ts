// The art. 15 access copy: own health notes always, the retention date per person, and the required statements.
import { describe, expect, it } from 'vitest';
import {
  accessCopyHtml,
  accessCopyJson,
  buildAccessCopy,
  type AccessCopyInput,
} from '../../../shared/exchanges/accessCopy';
import { person } from './fixtures';

const input = (over: Partial<AccessCopyInput> = {}): AccessCopyInput => ({
  records: [
    {
      participant: person({
        firstName: 'Zosia',
        lastName: 'Kowal',
        occurrence: '2025-07-01',
        dietaryNotes: 'celiakia',
        medicalNotes: 'astma <b>',
        consents: {},
      }),
      camp: { title: 'Obóz 2025', start: '2025-07-01', end: '2025-07-12' },
      room: 'Pokój 3',
      sendingTown: 'Swarzędz',
    },
    {
      participant: person({
        firstName: 'Zosia',
        lastName: 'Kowal',
        occurrence: '2027-07-10',
        guardianName: 'Jan Kowal',
      }),
      camp: { title: 'Obóz 2027', start: '2027-07-10', end: '2027-07-20' },
      sendingTown: 'Swarzędz',
    },
  ],
  retentionYears: 5,
  controller: ['Urząd Gminy Swarzędz', 'Referat Współpracy Zagranicznej'],
  today: '2027-08-01',
  ...over,
});

describe('the access copy (art. 15)', () => {
  it('holds the person’s own diet and medical notes without any sharing consent, and the latest retention date', () => {
    const copy = buildAccessCopy(input(), 'pl');
    expect(copy.person).toBe('Zosia Kowal');
    const rows = Object.fromEntries(copy.records[0]!.rows);
    expect(rows['Uwagi dietetyczne (dane o zdrowiu)']).toBe('celiakia');
    expect(rows['Informacje medyczne (dane o zdrowiu)']).toBe('astma <b>');
    expect(rows['Zgoda na udostępnienie informacji medycznych']).toBe('brak');
    // Each record is kept until the day before its due date; the person until the latest of them.
    expect(rows['Dane przechowywane do']).toBe('2030-07-11');
    expect(Object.fromEntries(copy.records[1]!.rows)['Dane przechowywane do']).toBe('2032-07-19');
    expect(copy.retainedUntil).toBe('2032-07-19');
    expect(copy.controller).toEqual(['Urząd Gminy Swarzędz', 'Referat Współpracy Zagranicznej']);
    expect(copy.purposes.length).toBeGreaterThanOrEqual(3);
    expect(copy.recipients.join(' ')).toMatch(/Ubezpieczyciel/);
    expect(copy.source[0]).toContain('(Ewa Nowak i Jan Kowal)');
    expect(copy.rights).toContain('5 lat');
    expect(buildAccessCopy(input({ retentionYears: 3 }), 'pl').rights).toContain('anonimizowane 3 lata po');
    expect(buildAccessCopy(input({ retentionYears: 1 }), 'en').rights).toContain('anonymised 1 year after');
  });

  it('follows the office’s retention setting and says when a record is already anonymised', () => {
    const base = input({ retentionYears: 2 });
    const anonymised = {
      ...base.records[1]!,
      participant: { ...base.records[1]!.participant, anonymisedAt: '2027-07-30T10:00:00Z' },
    };
    const copy = buildAccessCopy({ ...base, records: [base.records[0]!, anonymised] }, 'en');
    expect(copy.retainedUntil).toBe('2027-07-11');
    expect(Object.fromEntries(copy.records[1]!.rows)['Data kept until']).toBe('data already anonymised');
  });

  it('writes the JSON with labels in the copy’s language and a printable page with every value escaped', () => {
    const en = buildAccessCopy(input(), 'en');
    const json = JSON.parse(accessCopyJson(en)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'document',
      'Made on',
      'Controller',
      'Person',
      'Data kept until',
      'Exchange records',
      'Purposes of processing',
      'Categories of recipients',
      'Source of the data',
      'Retention and your rights',
    ]);
    expect((json['Exchange records'] as Record<string, string>[])[0]!['Dietary notes (health data)']).toBe('celiakia');
    const html = accessCopyHtml(buildAccessCopy(input(), 'pl'));
    expect(html).toContain('<html lang="pl-PL">');
    expect(html).toContain('astma &lt;b&gt;');
    expect(html).not.toContain('astma <b>');
    expect(html).toContain('Kategorie odbiorców');
    expect(html).toContain('Źródło danych');
  });

  it('names the office as unknown when its profile is empty', () => {
    expect(buildAccessCopy(input({ controller: [] }), 'en').controller[0]).toMatch(/profile has not been filled in/);
  });
});
