import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { savePerDiemTable } from '../../../renderer/db/repositories/perDiem';
import { createVisit, updateVisit } from '../../../renderer/db/repositories/visits';
import { CostsSection } from '../../../renderer/features/visits/CostsSection';
import { PerDiemSection } from '../../../renderer/features/settings/sections/PerDiemSection';
import { changeLanguage } from '../../../renderer/i18n';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

beforeEach(async () => {
  await freshDatabase();
});

afterEach(async () => {
  await changeLanguage('pl');
});

describe('the per-diem table card', () => {
  it('names the act the rates come from in the interface’s language', async () => {
    renderInApp(<PerDiemSection />);
    expect(
      await screen.findByText(/^Rozporządzenie Ministra Pracy i Polityki Społecznej z dnia 29 stycznia 2013 r\./),
    ).toBeTruthy();

    await changeLanguage('en');
    expect(
      await screen.findByText(/^Regulation of the Minister of Labour and Social Policy of 29 January 2013/),
    ).toBeTruthy();
    expect(screen.queryByText(/Rozporządzenie/)).toBeNull();
  });
});

describe('the per-diem estimate', () => {
  async function tourVisit() {
    const ronnenberg = await savePartner({
      name: 'Ronnenberg',
      country: 'DE',
      relationKind: 'partnership',
      status: 'active',
    });
    const jarfalla = await savePartner({
      name: 'Järfälla',
      country: 'SE',
      relationKind: 'partnership',
      status: 'active',
    });
    await savePerDiemTable({
      rates: [
        { country: 'DE', currency: 'EUR', amount: 49 },
        { country: 'SE', currency: 'SEK', amount: 100 },
      ],
    });
    const visit = await createVisit({
      direction: 'outgoing',
      partnerIds: [ronnenberg.id, jarfalla.id],
      title: 'Objazd',
      start: '2027-05-12',
      end: '2027-05-14',
      status: 'planned',
    });
    return updateVisit(visit.id, (v) => ({
      ...v,
      members: [{ id: 'm-1', name: 'Anna Nowak', languages: [], precedence: 1 }],
    }));
  }

  it('uses the first town’s country by default and lets the user pick another town’s country', async () => {
    const visit = await tourVisit();
    const user = userEvent.setup();
    renderInApp(<CostsSection visit={visit} />);

    const estimate = await screen.findByRole('region', { name: 'Szacunek diet' });
    const choice = within(estimate).getByRole('combobox', { name: 'Państwo do szacunku' });
    expect((choice as HTMLInputElement).value).toBe('Niemcy');
    expect(estimate.textContent).toMatch(/Niemcy: 49,00\s€ za dzień, 3 dni na osobę\./);
    expect(estimate.textContent).toMatch(/Diety razem: 147,00\s€/);

    await user.click(choice);
    // jsdom computes no styles, so the dropdown's opening transition leaves its options “hidden” to the query.
    await user.click(await screen.findByRole('option', { name: 'Szwecja', hidden: true }));
    expect((choice as HTMLInputElement).value).toBe('Szwecja');
    expect(estimate.textContent).toMatch(/Szwecja: 100,00\sSEK za dzień, 3 dni na osobę\./);
    expect(estimate.textContent).toMatch(/Diety razem: 300,00\sSEK/);
  });

  it('offers no choice when every town is in one country', async () => {
    const partner = await savePartner({
      name: 'Ronnenberg',
      country: 'DE',
      relationKind: 'partnership',
      status: 'active',
    });
    const other = await savePartner({ name: 'Gehrden', country: 'DE', relationKind: 'cooperation', status: 'active' });
    await savePerDiemTable({ rates: [{ country: 'DE', currency: 'EUR', amount: 49 }] });
    const visit = await createVisit({
      direction: 'outgoing',
      partnerIds: [partner.id, other.id],
      title: 'Wyjazd',
      start: '2027-05-12',
      end: '2027-05-12',
      status: 'planned',
    });
    renderInApp(<CostsSection visit={visit} />);
    const estimate = await screen.findByRole('region', { name: 'Szacunek diet' });
    expect(estimate.textContent).toMatch(/Niemcy: 49,00\s€ za dzień, 1 dzień na osobę\./);
    expect(within(estimate).queryByRole('combobox', { name: 'Państwo do szacunku' })).toBeNull();
  });
});
