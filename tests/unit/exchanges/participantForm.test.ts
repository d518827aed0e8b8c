import { describe, expect, it } from 'vitest';
import { fromForm, toForm } from '../../../renderer/features/exchanges/participantForm';
import { messageKeys } from '../../../shared/forms/fieldMessages';

const base = { eventId: 'camp', occurrence: '2027-07-10' };
const filled = () => ({
  ...toForm(),
  firstName: 'Łucja',
  lastName: 'Żak',
  birthDate: '2013-02-28',
  sendingTown: 'ronn',
});

describe('the participant form', () => {
  it('asks for a guardian and their phone for a minor, not for an adult chaperone', () => {
    const minor = fromForm(filled(), base, '2027-07-10');
    expect(minor).toEqual({
      ok: false,
      errors: { guardianName: messageKeys.guardianRequired, guardianPhone: messageKeys.guardianRequired },
    });
    const adult = fromForm({ ...filled(), birthDate: '1980-01-01', role: 'chaperone' }, base, '2027-07-10');
    expect(adult.ok).toBe(true);
  });

  it('needs both the date and the person for a consent, and keeps a withdrawal', () => {
    const v = { ...filled(), guardianName: 'Ewa Żak', guardianPhone: '+48 600 100 200' };
    v.consents.parental = { givenOn: '2027-05-01', givenBy: '', withdrawnOn: '' };
    expect(fromForm(v, base, '2027-07-10')).toEqual({
      ok: false,
      errors: { 'consents.parental.givenBy': messageKeys.required },
    });
    v.consents.parental = { givenOn: '2027-05-01', givenBy: 'Ewa Żak', withdrawnOn: '2027-06-01' };
    const ok = fromForm(v, base, '2027-07-10');
    expect(ok.ok && ok.input.consents).toEqual({
      parental: { givenOn: '2027-05-01', givenBy: 'Ewa Żak', withdrawnOn: '2027-06-01' },
    });
  });

  it('keeps empty optional fields out of the record and round-trips a stored participant', () => {
    const v = { ...filled(), birthDate: '1990-01-01' };
    const result = fromForm(v, base, '2027-07-10');
    expect(result.ok && result.input).toMatchObject({ birthYear: 1990, consents: {} });
    expect(result.ok && 'dietaryNotes' in result.input && result.input.dietaryNotes).toBeFalsy();
  });
});
