import { describe, expect, it } from 'vitest';
import { contactSchema, partnerSchema } from '../../../shared/domain';
import {
  contactFormMessages,
  contactFormValues,
  partnerFormMessages,
  partnerFormValues,
  partnerFromForm,
} from '../../../shared/partners/partnerForm';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('partner fields', () => {
  const valid = { ...partnerFormValues(), name: 'Duclair', country: 'FR' };

  it('accepts a filled form and turns it into a valid partner', () => {
    const values = {
      ...valid,
      population: '4 100',
      website: 'https://duclair.fr/',
      startDate: '1992-06-01',
      signedDate: '2016-02-29',
      areas: ['culture'],
      customAreas: ['Straż pożarna '],
      funding: ['erasmus'],
      awards: [{ stage: 'flag' as const, year: '2009' }],
    };
    expect(partnerFormMessages(values)).toEqual({});
    const partner = partnerFromForm(values);
    expect(partner).toMatchObject({
      population: 4100,
      areas: ['culture', 'Straż pożarna'],
      awards: [{ stage: 'flag', year: 2009 }],
    });
    expect(partnerSchema.safeParse({ ...partner, id: 'x', createdAt: '', updatedAt: '' }).success).toBe(true);
  });

  it('checks the partner draft and names what is wrong by form field with translation keys', () => {
    const found = partnerFormMessages({
      ...valid,
      name: '  ',
      country: '',
      population: '-3',
      website: 'duclair',
      startDate: '2023-02-29',
      resolutionDate: '1.1.2020',
      customAreas: ['x'.repeat(101)],
      awards: [{ stage: 'prize', year: '1901' }],
    });
    expect(found).toEqual({
      name: 'common:validation.required',
      country: 'common:validation.country.invalid',
      population: 'partners:validation.population.invalid',
      website: 'partners:validation.website.invalid',
      startDate: 'common:validation.date.invalid',
      resolutionDate: 'common:validation.date.format',
      customAreas: 'common:validation.tooLong',
      'awards.0.year': 'partners:validation.award.year',
    });
  });

  it('refuses a population or award year that is not a plain whole number as typed', () => {
    for (const population of ['12,5', '1e3', '0x10', '4.100']) {
      expect(partnerFormMessages({ ...valid, population }), population).toEqual({
        population: 'partners:validation.population.invalid',
      });
    }
    expect(partnerFormMessages({ ...valid, population: '4 100' })).toEqual({});
    expect(partnerFormMessages({ ...valid, awards: [{ stage: 'flag', year: '' }] })).toEqual({
      'awards.0.year': 'partners:validation.award.year',
    });
  });

  it('keeps the stored partner schema as strict as the form', () => {
    const base = {
      id: 'x',
      name: 'A',
      country: 'FR',
      relationKind: 'sister',
      status: 'ended',
      createdAt: '',
      updatedAt: '',
    };
    expect(messages(partnerSchema.safeParse({ ...base, website: 'no site' }))).toEqual({ website: 'website.invalid' });
    expect(messages(partnerSchema.safeParse({ ...base, population: 1.5 }))).toEqual({
      population: 'population.invalid',
    });
    expect(messages(partnerSchema.safeParse({ ...base, country: 'fr' }))).toEqual({ country: 'country.invalid' });
    expect(messages(partnerSchema.safeParse({ ...base, awards: [{ stage: 'diploma', year: 1900 }] }))).toEqual({
      'awards.0.year': 'award.year',
    });
  });
});

describe('contact fields', () => {
  it('checks e-mail and phone for form, and requires a name', () => {
    expect(contactFormMessages({ ...contactFormValues(), name: '', email: 'anna@', phone: 'call me' }, 'p1')).toEqual({
      name: 'common:validation.required',
      email: 'common:validation.email.invalid',
      phone: 'common:validation.phone.invalid',
    });
    expect(
      contactFormMessages(
        { ...contactFormValues(), name: 'Anna', email: ' anna@duclair.fr ', phone: '+33 2 35 37 00 00' },
        'p1',
      ),
    ).toEqual({});
    expect(contactFormMessages({ ...contactFormValues(), name: 'Anna' }, 'p1')).toEqual({});
  });

  it('matches the stored contact schema', () => {
    const base = { id: 'c', partnerId: 'p', name: 'Anna', role: 'interpreter', createdAt: '', updatedAt: '' };
    expect(messages(contactSchema.safeParse({ ...base, email: 'x@' }))).toEqual({ email: 'email.invalid' });
    expect(contactSchema.safeParse({ ...base, phone: '+48 61 000 00 00' }).success).toBe(true);
  });
});
