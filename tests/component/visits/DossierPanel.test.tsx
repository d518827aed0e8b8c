import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/result';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { createVisit, updateVisit } from '../../../renderer/db/repositories/visits';
import { DossierPanel } from '../../../renderer/features/dossier/DossierPanel';
import { changeLanguage } from '../../../renderer/i18n';
import { platform } from '../../../renderer/platform';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

let visitId = '';

beforeEach(async () => {
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
  await updateVisit(visit.id, (v) => ({
    ...v,
    members: [
      {
        id: 'm-1',
        name: 'Hans Müller',
        languages: ['de'],
        precedence: 1,
        dietaryNeeds: 'bezglutenowa',
        accessibilityNeeds: 'wózek inwalidzki',
        needsConsent: { givenOn: '2020-01-01', givenBy: 'Hans Müller' },
      },
      { id: 'm-2', name: 'Karl Ohnezustimmung', languages: [], precedence: 2, dietaryNeeds: 'bez laktozy' },
    ],
  }));
  visitId = visit.id;
});

afterEach(async () => {
  vi.restoreAllMocks();
  await changeLanguage('pl');
});

const preview = async () => {
  const frame = await screen.findByTitle('Podgląd teczki');
  return () => frame.getAttribute('srcdoc') ?? '';
};

describe('the dossier tab', () => {
  it('leaves the delegation’s dietary and accessibility needs out of the dossier until the user includes them', async () => {
    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue(ok({ fileName: 'teczka.html' }));
    const user = userEvent.setup();
    renderInApp(<DossierPanel visitId={visitId} />);

    const option = screen.getByRole('checkbox', { name: 'Dołącz potrzeby żywieniowe i dotyczące dostępności' });
    expect((option as HTMLInputElement).checked).toBe(false);
    const html = await preview();
    await waitFor(() => expect(html()).toContain('Hans Müller'));
    expect(html()).not.toContain('bezglutenowa');
    expect(html()).not.toContain('wózek inwalidzki');

    await user.click(screen.getByRole('button', { name: 'Teczka HTML' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]![0].data).toContain('Hans Müller');
    expect(save.mock.calls[0]![0].data).not.toContain('bezglutenowa');

    await user.click(option);
    await waitFor(() => expect(html()).toContain('bezglutenowa'));
    expect(html()).toContain('wózek inwalidzki');
    await user.click(screen.getByRole('button', { name: 'Teczka HTML' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save.mock.calls[1]![0].data).toContain('bezglutenowa');
    expect(save.mock.calls[1]![0].data).toContain('wózek inwalidzki');
    // A member who gave no consent keeps their diet out even then, and the tab names them.
    expect(save.mock.calls[1]![0].data).toContain('Karl Ohnezustimmung');
    expect(save.mock.calls[1]![0].data).not.toContain('bez laktozy');
    expect(
      screen.getByText(
        'Bez diety i potrzeb dostępności: 1 osoba (brak zgody na ich przekazanie albo została wycofana).',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Karl Ohnezustimmung')).toBeTruthy();
  });

  it('names the choice in English in the English interface', async () => {
    await changeLanguage('en');
    renderInApp(<DossierPanel visitId={visitId} />);
    expect(screen.getByRole('checkbox', { name: 'Include dietary and accessibility needs' })).toBeTruthy();
    expect(
      screen.getByText(
        'These are health data: unless ticked, the dossier leaves them out; when ticked, it carries only those of people who consented to passing them on.',
      ),
    ).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Include dietary and accessibility needs' }));
    expect(
      await screen.findByText(
        'Diet and accessibility needs left out for 1 person (no consent to pass them on, or it was withdrawn).',
      ),
    ).toBeTruthy();
  });
});
