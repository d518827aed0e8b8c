// The funding programme of an event as a user picks or types it, and how the details show it, in Polish and English.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClashContext } from '../../../shared/calendar/clashes';
import { expandEvent } from '../../../shared/calendar/recurrence';
import type { CalendarEvent, Partner } from '../../../shared/domain';
import { allEvents, saveEvent } from '../../../renderer/db/repositories/events';
import { listPartners, savePartner } from '../../../renderer/db/repositories/partners';
import { EventDetails } from '../../../renderer/features/calendar/EventDetails';
import { EventForm, type FormMode } from '../../../renderer/features/calendar/EventForm';
import { changeLanguage } from '../../../renderer/i18n';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

const ctx: ClashContext = { homeCountry: 'PL', partnerCountry: () => 'DE', holidays: () => [] };
const base = {
  kind: 'youthCamp',
  allDay: true,
  start: '2027-07-10',
  end: '2027-07-12',
  host: 'home',
  status: 'planned',
} as const;
let partners: Partner[];

beforeEach(async () => {
  await freshDatabase();
  await savePartner({
    name: 'Ronnenberg',
    country: 'DE',
    relationKind: 'twinning',
    status: 'active',
    funding: ['pnwm', 'Fundusz Małych Projektów'],
  });
  await saveEvent({ ...base, title: 'Festyn', start: '2027-06-01', end: '2027-06-01', funding: 'Budżet powiatu' });
  partners = await listPartners();
});

afterEach(async () => {
  await changeLanguage('pl');
});

function openForm(mode: FormMode) {
  const onClose = vi.fn();
  renderInApp(<EventForm mode={mode} partners={partners} homeName="Swarzędz" ctx={ctx} onClose={onClose} />);
  return { onClose, user: userEvent.setup({ delay: null }) };
}

/** The suggestions the field's open list shows (jsdom computes no styles, so they count as hidden to the query). */
const suggestions = (field: HTMLElement) => {
  const list = document.getElementById(field.getAttribute('aria-controls') ?? '');
  return list
    ? within(list)
        .queryAllByRole('option', { hidden: true })
        .map((o) => o.textContent)
    : [];
};
const stored = async (title: string) => (await allEvents()).find((e) => e.title === title);

describe('the funding programme field', () => {
  it('suggests the known programmes and those partners and events use, finds one without accents, and stores its key', async () => {
    const { user, onClose } = openForm({ kind: 'new', date: '2027-07-10' });
    await user.type(screen.getByRole('textbox', { name: 'Tytuł' }), 'Obóz młodzieży');
    const field = screen.getByRole('combobox', { name: 'Program finansowania' });
    await user.click(field);
    await waitFor(() =>
      expect(suggestions(field)).toEqual([
        'Erasmus+',
        'INTERREG',
        'Polsko-Niemiecka Współpraca Młodzieży',
        'Budżet powiatu',
        'Fundusz Małych Projektów',
      ]),
    );
    expect(screen.getByText('Używane w partnerstwach i wydarzeniach')).toBeTruthy();
    await user.type(field, 'wspolpraca mlodziezy');
    await waitFor(() => expect(suggestions(field)).toEqual(['Polsko-Niemiecka Współpraca Młodzieży']));
    await user.click(screen.getByRole('option', { name: 'Polsko-Niemiecka Współpraca Młodzieży', hidden: true }));
    expect(field).toHaveProperty('value', 'Polsko-Niemiecka Współpraca Młodzieży');
    await user.click(screen.getByRole('button', { name: 'Zapisz' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await stored('Obóz młodzieży'))?.funding).toBe('pnwm');
  });

  it('in English, suggests the programmes by their English names and stores a new one as typed', async () => {
    await changeLanguage('en');
    const first = openForm({ kind: 'new', date: '2027-07-10' });
    await first.user.type(screen.getByRole('textbox', { name: 'Title' }), 'Choir exchange');
    const field = screen.getByRole('combobox', { name: 'Funding programme' });
    await first.user.click(field);
    await waitFor(() => expect(suggestions(field)).toContain('Polish-German Youth Office'));
    expect(screen.getByText('Used by partners and events')).toBeTruthy();
    await first.user.type(field, 'Fundusz Współpracy Regionalnej');
    await first.user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(first.onClose).toHaveBeenCalled());
    expect((await stored('Choir exchange'))?.funding).toBe('Fundusz Współpracy Regionalnej');
  });

  it('shows a stored key by its label when editing and keeps the key on saving', async () => {
    const camp = await saveEvent({ ...base, title: 'Obóz w Ronnenbergu', funding: 'pnwm' });
    await changeLanguage('en');
    const { user, onClose } = openForm({ kind: 'series', event: camp });
    expect(screen.getByRole('combobox', { name: 'Funding programme' })).toHaveProperty(
      'value',
      'Polish-German Youth Office',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await stored('Obóz w Ronnenbergu'))?.funding).toBe('pnwm');
  });
});

describe('the event details', () => {
  const fundingRow = () => {
    const table = screen.getByRole('table', { hidden: true });
    return within(table)
      .getAllByRole('row', { hidden: true })
      .map((r) => r.textContent ?? '')
      .find((t) => /finansowania|Funding/.test(t));
  };
  const show = (event: CalendarEvent) => {
    const occurrence = expandEvent(event, event.start, '2099-12-31')[0]!;
    renderInApp(
      <EventDetails
        occurrence={occurrence}
        clashes={[]}
        partners={partners}
        homeName="Swarzędz"
        onEdit={() => undefined}
        onClose={() => undefined}
      />,
    );
  };

  it('names a known programme in the UI language and a custom one as stored', async () => {
    show(await saveEvent({ ...base, title: 'Obóz', funding: 'pnwm' }));
    expect(fundingRow()).toBe('Program finansowaniaPolsko-Niemiecka Współpraca Młodzieży');
    await changeLanguage('en');
    await waitFor(() => expect(fundingRow()).toBe('Funding programmePolish-German Youth Office'));
  });

  it('shows custom text as typed', async () => {
    await changeLanguage('en');
    show((await stored('Festyn'))!);
    expect(fundingRow()).toBe('Funding programmeBudżet powiatu');
  });
});
