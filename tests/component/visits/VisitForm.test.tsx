import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { createVisit, getVisit } from '../../../renderer/db/repositories/visits';
import { ProgrammeItemForm } from '../../../renderer/features/visits/ProgrammeItemForm';
import { VisitForm } from '../../../renderer/features/visits/VisitForm';
import { changeLanguage } from '../../../renderer/i18n';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

afterEach(async () => {
  await changeLanguage('pl');
});

describe('the visit form', () => {
  it('says what is wrong as the user types, in Polish and English, and stores nothing', async () => {
    await freshDatabase();
    const partner = await savePartner({
      name: 'Ronnenberg',
      country: 'DE',
      relationKind: 'partnership',
      status: 'active',
    });
    const visit = await createVisit({
      direction: 'incoming',
      partnerIds: [partner.id],
      title: 'Wizyta z Ronnenbergu',
      start: '2027-05-12',
      end: '2027-05-13',
      status: 'planned',
    });
    const onDone = vi.fn();
    const user = userEvent.setup();
    renderInApp(<VisitForm visit={visit} onDone={onDone} />);

    fireEvent.change(screen.getByLabelText(/^Do/), { target: { value: '2027-05-01' } });
    expect(await screen.findByText('Koniec nie może być przed początkiem')).toBeTruthy();
    await user.clear(screen.getByRole('textbox', { name: 'Tytuł' }));
    expect(await screen.findByText('To pole jest wymagane')).toBeTruthy();

    await changeLanguage('en');
    expect(await screen.findByText('This field is required')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onDone).not.toHaveBeenCalled();
    expect(await getVisit(visit.id)).toMatchObject({ title: 'Wizyta z Ronnenbergu', end: '2027-05-13' });
  });
});

describe('the programme item form', () => {
  it('requires the activity and the times, and lets an item run past midnight', async () => {
    const onSave = vi.fn().mockResolvedValue({});
    const user = userEvent.setup();
    renderInApp(<ProgrammeItemForm defaultDay="2027-05-12" onCancel={() => undefined} onSave={onSave} />);
    await user.click(screen.getByRole('button', { name: 'Zapisz' }));
    expect((await screen.findAllByText('To pole jest wymagane')).length).toBeGreaterThan(0);
    expect(onSave).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText(/^Od godziny/), { target: { value: '22:00' } });
    fireEvent.change(screen.getByLabelText(/^Do godziny/), { target: { value: '01:00' } });
    await user.type(screen.getByRole('textbox', { name: 'Punkt programu' }), 'Ognisko');
    await user.click(screen.getByRole('button', { name: 'Zapisz' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ from: '2027-05-12T22:00', to: '2027-05-13T01:00', activity: 'Ognisko' }),
    );
  });
});
