import { describe, expect, it } from 'vitest';
import { contactSchema, partnerSchema } from '../../../shared/domain';
import {
  contactFormSchema,
  contactFormValues,
  partnerFormSchema,
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
    expect(partnerFormSchema.safeParse(values).success).toBe(true);
    const partner = partnerFromForm(values);
    expect(partner).toMatchObject({
      population: 4100,
      areas: ['culture', 'Straż pożarna'],
      awards: [{ stage: 'flag', year: 2009 }],
    });
    expect(partnerSchema.safeParse({ ...partner, id: 'x', createdAt: '', updatedAt: '' }).success).toBe(true);
  });

  it('names what is wrong with message keys the UI translates', () => {
    const result = partnerFormSchema.safeParse({
      ...valid,
      name: '  ',
      country: '',
      population: '-3',
      website: 'duclair',
      startDate: '2023-02-29',
      resolutionDate: '1.1.2020',
      awards: [{ stage: 'prize', year: '1901' }],
    });
    expect(messages(result)).toEqual({
      name: 'required',
      country: 'country.invalid',
      population: 'population.invalid',
      website: 'website.invalid',
      startDate: 'date.invalid',
      resolutionDate: 'date.format',
      'awards.0.year': 'award.year',
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
    const result = contactFormSchema.safeParse({ ...contactFormValues(), name: '', email: 'anna@', phone: 'call me' });
    expect(messages(result)).toEqual({ name: 'required', email: 'email.invalid', phone: 'phone.invalid' });
    expect(
      contactFormSchema.safeParse({
        ...contactFormValues(),
        name: 'Anna',
        email: 'anna@duclair.fr',
        phone: '+33 2 35 37 00 00',
      }).success,
    ).toBe(true);
    expect(contactFormSchema.safeParse({ ...contactFormValues(), name: 'Anna' }).success).toBe(true);
  });

  it('matches the stored contact schema', () => {
    const base = { id: 'c', partnerId: 'p', name: 'Anna', role: 'interpreter', createdAt: '', updatedAt: '' };
    expect(messages(contactSchema.safeParse({ ...base, email: 'x@' }))).toEqual({ email: 'email.invalid' });
    expect(contactSchema.safeParse({ ...base, phone: '+48 61 000 00 00' }).success).toBe(true);
  });
});
