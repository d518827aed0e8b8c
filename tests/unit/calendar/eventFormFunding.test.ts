import { beforeEach, describe, expect, it } from 'vitest';
import { fundingOnEvents, saveEvent } from '../../../renderer/db/repositories/events';
import {
  emptyValues,
  fundingChoices,
  fundingFromText,
  fundingText,
  inputFromValues,
  valuesFromEvent,
  type Programme,
} from '../../../renderer/features/calendar/eventFormModel';
import { resources } from '../../../shared/i18n/locales';
import { freshDatabase } from '../../helpers/db';
import { event } from './fixtures';

const plLabel = (k: Programme) => resources.pl.partners.funding[k];
const enLabel = (k: Programme) => resources.en.partners.funding[k];
const names = (k: Programme) => [plLabel(k), enLabel(k)];
const groups = { known: 'Programy', other: 'Inne' };

describe('funding programme of an event', () => {
  it('stores the key of a known programme named by its key or its label in either language, any case or accents', () => {
    expect(fundingFromText('Polsko-Niemiecka Współpraca Młodzieży', names)).toBe('pnwm');
    expect(fundingFromText('  polish-german youth office ', names)).toBe('pnwm');
    expect(fundingFromText('polsko-niemiecka wspolpraca mlodziezy', names)).toBe('pnwm');
    expect(fundingFromText('PNWM', names)).toBe('pnwm');
    expect(fundingFromText('erasmus+', names)).toBe('erasmus');
    expect(fundingFromText('INTERREG V-A Polska–Saksonia', names)).toBe('INTERREG V-A Polska–Saksonia');
    expect(fundingFromText('  Fundusz Małych Projektów ', names)).toBe('Fundusz Małych Projektów');
    expect(fundingFromText('   ', names)).toBeUndefined();
  });

  it('shows a stored key by its label in the UI language and custom text as stored', () => {
    expect(fundingText('pnwm', plLabel)).toBe('Polsko-Niemiecka Współpraca Młodzieży');
    expect(fundingText('pnwm', enLabel)).toBe('Polish-German Youth Office');
    expect(fundingText('Fundusz Małych Projektów', enLabel)).toBe('Fundusz Małych Projektów');
    expect(fundingText(undefined, enLabel)).toBe('');
  });

  it('keeps the stored key through the form: shown as the label, saved as the key again', () => {
    const stored = event({ funding: 'pnwm' });
    const values = valuesFromEvent(stored, plLabel);
    expect(values.funding).toBe('Polsko-Niemiecka Współpraca Młodzieży');
    expect(inputFromValues(values, stored, names).funding).toBe('pnwm');
    const custom = event({ funding: 'Fundusz Małych Projektów' });
    expect(inputFromValues(valuesFromEvent(custom, enLabel), custom, names).funding).toBe('Fundusz Małych Projektów');
    expect(
      inputFromValues({ ...emptyValues('2027-07-01'), title: 'Obóz', funding: 'Erasmus+' }, undefined, names).funding,
    ).toBe('erasmus');
  });

  it('suggests the known programmes, then each other programme once, in the language’s order', () => {
    const inUse = [
      'pnwm',
      'Fundusz Małych Projektów',
      'Budżet gminy',
      'fundusz małych projektów ',
      'Erasmus+',
      'Żabka Fundacja',
      'Ćwiczenia',
    ];
    expect(fundingChoices(inUse, plLabel, names, 'pl', groups)).toEqual([
      { group: 'Programy', items: ['Erasmus+', 'INTERREG', 'Polsko-Niemiecka Współpraca Młodzieży'] },
      { group: 'Inne', items: ['Budżet gminy', 'Ćwiczenia', 'Fundusz Małych Projektów', 'Żabka Fundacja'] },
    ]);
    expect(fundingChoices(['interreg'], enLabel, names, 'en', groups)).toEqual([
      { group: 'Programy', items: ['Erasmus+', 'INTERREG', 'Polish-German Youth Office'] },
    ]);
  });
});

describe('funding programmes already stored on events', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('are read once each, keys and custom text alike, from recent and coming events only', async () => {
    const base = {
      kind: 'youthCamp',
      allDay: true,
      start: '2027-07-10',
      end: '2027-07-12',
      host: 'home',
      status: 'planned',
    } as const;
    await saveEvent({ ...base, title: 'Obóz', funding: 'pnwm' });
    await saveEvent({ ...base, title: 'Obóz 2', funding: 'pnwm' });
    await saveEvent({ ...base, title: 'Festyn', funding: 'Fundusz Małych Projektów' });
    await saveEvent({ ...base, title: 'Narada' });
    await saveEvent({
      ...base,
      start: '2015-07-10',
      end: '2015-07-12',
      title: 'Dawny obóz',
      funding: 'Program sprzed lat',
    });
    expect(await fundingOnEvents('2026-11-26')).toEqual(['Fundusz Małych Projektów', 'pnwm']);
    expect(await fundingOnEvents('2019-01-01')).toEqual(['Fundusz Małych Projektów', 'Program sprzed lat', 'pnwm']);
  });
});
