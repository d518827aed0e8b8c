import { describe, expect, it } from 'vitest';
import { eventSchema, partnerSchema, taskSchema, visitSchema } from '../../../shared/domain';
import { buildExampleData } from '../../../shared/exampleData';

let n = 0;
const data = buildExampleData('2026-11-26', () => `id-${++n}`);

describe('the example office', () => {
  it('holds the partners the source names', () => {
    expect(data.partners.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Ronnenberg', 'Duclair', 'Järfälla', 'Tymbark', 'Głogów', 'Legnica']),
    );
  });

  it('has the yearly camp since 1992 shared by Ronnenberg and Duclair', () => {
    const camp = data.events.find((e) => e.kind === 'youthCamp')!;
    expect(camp.start.slice(0, 4)).toBe('1992');
    expect(camp.recurrence?.freq).toBe('yearly');
    const names = camp.partnerIds.map((id) => data.partners.find((p) => p.id === id)?.name);
    expect(names).toEqual(['Ronnenberg', 'Duclair']);
  });

  it('gives Głogów and Legnica two Europe Prize stages each', () => {
    for (const name of ['Głogów', 'Legnica']) {
      expect(data.partners.find((p) => p.name === name)?.awards).toHaveLength(2);
    }
  });

  it('places Tymbark’s congress at the turn of July and August', () => {
    const congress = data.events.find((e) => e.kind === 'europeDays')!;
    expect(congress.start.slice(5)).toMatch(/^07-/);
    expect(congress.end.slice(5)).toMatch(/^08-/);
  });

  it('labels every record as an example', () => {
    for (const record of [...data.partners, ...data.events, ...data.visits]) expect(record.example).toBe(true);
  });

  it('passes every domain schema', () => {
    data.partners.forEach((p) => expect(partnerSchema.safeParse(p).success).toBe(true));
    data.events.forEach((e) => expect(eventSchema.safeParse(e).success).toBe(true));
    data.visits.forEach((v) => expect(visitSchema.safeParse(v).success).toBe(true));
    data.tasks.forEach((t) => expect(taskSchema.safeParse(t).success).toBe(true));
  });
});
