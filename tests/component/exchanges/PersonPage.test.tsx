import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/result';
import { listAnonymisationRuns } from '../../../renderer/db/repositories/anonymisation';
import { loadExampleData } from '../../../renderer/db/repositories/example';
import { importParticipants } from '../../../renderer/db/repositories/participants';
import { PersonPage } from '../../../renderer/features/exchanges/PersonPage';
import { platform } from '../../../renderer/platform';
import type { ParticipantDraft } from '../../../shared/exchanges/importCsv';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

afterEach(() => vi.restoreAllMocks());

async function openSecondRecord() {
  const db = await freshDatabase();
  localStorage.removeItem('twinning.dataFolder.erasureRegister');
  await loadExampleData('2026-11-26');
  const { id } = (await db.events.where('kind').equals('youthCamp').first())!;
  const base: ParticipantDraft = {
    eventId: id,
    occurrence: '2019-07-10',
    firstName: 'Łucja',
    lastName: 'Żółć',
    birthDate: '2008-03-04',
    birthYear: 2008,
    role: 'participant',
    sendingTown: 'home',
    guardianName: 'Ewa Żółć',
    guardianPhone: '+48 600 000 000',
    status: 'attended',
    consents: { medical: { givenOn: '2019-05-01', givenBy: 'Ewa Żółć' } },
    medicalNotes: 'astma-2019',
  };
  await importParticipants([
    base,
    {
      ...base,
      occurrence: '2021-07-10',
      firstName: 'LUCJA',
      lastName: 'zolc',
      consents: {},
      medicalNotes: 'astma-2021',
      dietaryNotes: 'celiakia-2021',
    },
    { ...base, occurrence: '2021-07-10', firstName: 'Jan', medicalNotes: undefined },
  ]);
  const second = (await db.participants.toArray()).find((p) => p.firstName === 'LUCJA')!;
  renderInApp(
    <Routes>
      <Route path="/exchanges/person/:participantId" element={<PersonPage />} />
      <Route path="/exchanges/:eventId/:occurrence" element={<h1>Strona obozu</h1>} />
    </Routes>,
    `/exchanges/person/${second.id}`,
  );
  await screen.findByRole('heading', { name: 'Dane osoby: LUCJA zolc', level: 1 });
  return db;
}

describe('the person page', () => {
  it('lists every camp record of the same person and exports them all, medical notes only with consent', async () => {
    await openSecondRecord();
    const user = userEvent.setup();
    expect(screen.getByRole('heading', { name: 'Zapisy tej osoby na obozach (2)' })).toBeTruthy();
    const records = within(screen.getByRole('table', { name: 'Zapisy tej osoby na obozach' }))
      .getAllByRole('row')
      .slice(1);
    expect(records).toHaveLength(2);
    expect(records[0]!.textContent).toMatch(/2019/);
    expect(within(records[0]!).getByRole('link')).toBeTruthy();
    expect(records[1]!.textContent).toMatch(/2021.*\(ten zapis\)/);

    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue(ok({ fileName: 'dane.json' }));
    await user.click(screen.getByRole('checkbox', { name: 'Dołącz dane wrażliwe (dieta, zdrowie)' }));
    expect(
      screen.getByText(
        'Bez diety i informacji medycznych: 1 zapis. Nie ma zgody na udostępnienie informacji medycznych albo została wycofana.',
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Eksportuj dane osoby (JSON)' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const file = String(save.mock.calls[0]![0].data);
    const json = JSON.parse(file) as {
      person: { firstName: string };
      recordsFound: { occurrence: string }[];
      otherRecords: { person: { firstName: string } }[];
    };
    expect(json.person.firstName).toBe('LUCJA');
    expect(json.recordsFound.map((r) => r.occurrence)).toEqual(['2019-07-10', '2021-07-10']);
    expect(json.otherRecords.map((r) => r.person.firstName)).toEqual(['Łucja']);
    expect(file).toContain('astma-2019');
    expect(file).not.toContain('astma-2021');
    expect(file).not.toContain('celiakia-2021');
    expect(file).not.toContain('Jan');
  });

  it('gives the person their own copy (art. 15) with every health note, purposes, recipients, retention and source, as JSON and PDF, in Polish or English', async () => {
    const db = await openSecondRecord();
    const user = userEvent.setup();
    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue(ok({ fileName: 'kopia.json' }));
    const print = vi.spyOn(platform, 'printToPdf').mockResolvedValue(ok({ fileName: 'kopia.pdf' }));
    await user.click(screen.getByRole('button', { name: 'Kopia dla osoby (JSON)' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]![0].suggestedName).toBe('kopia-danych-art-15-zolc-lucja.json');
    const copy = JSON.parse(String(save.mock.calls[0]![0].data)) as Record<string, unknown>;
    // The person's own notes regardless of the consent to share them with others (none for 2021).
    const records = copy['Zapisy na wymianach'] as Record<string, string>[];
    expect(records.map((r) => r['Informacje medyczne (dane o zdrowiu)'])).toEqual(['astma-2019', 'astma-2021']);
    expect(records[1]!['Uwagi dietetyczne (dane o zdrowiu)']).toBe('celiakia-2021');
    expect(JSON.stringify(copy)).not.toContain('Jan');
    const camps = await db.participants.toArray();
    expect(camps).toHaveLength(3);
    expect(copy['Dane przechowywane do']).toMatch(/^2026-\d\d-\d\d$/);
    expect(records[1]!['Dane przechowywane do']).toBe(copy['Dane przechowywane do']);
    expect((copy['Cele przetwarzania'] as string[]).length).toBeGreaterThan(2);
    expect((copy['Kategorie odbiorców'] as string[]).join(' ')).toContain('Ubezpieczyciel');
    expect((copy['Źródło danych'] as string[])[0]).toContain('Ewa Żółć');

    await user.click(screen.getByRole('radio', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Kopia dla osoby (PDF)' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const { html, suggestedName } = print.mock.calls[0]![0];
    expect(suggestedName).toBe('kopia-danych-art-15-zolc-lucja.pdf');
    expect(html).toContain('lang="en-GB"');
    expect(html).toContain('Copy of personal data (Article 15 GDPR)');
    expect(html).toContain('Categories of recipients');
    expect(html).toContain('astma-2021');
    expect(html).toContain('celiakia-2021');
  });

  it('erases all of the person’s records at once when asked, leaving others', async () => {
    const db = await openSecondRecord();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Usuń dane tej osoby' }));
    const dialog = await screen.findByRole('dialog', { name: 'Usunąć dane osoby?' });
    const all = within(dialog).getByRole('checkbox', { name: 'Usuń wszystkie zapisy tej osoby (2), nie tylko ten' });
    expect((all as HTMLInputElement).checked).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Usuń trwale' }));
    const outcome = await screen.findByRole('dialog', { name: 'Usunięto dane osoby' }, { timeout: 15_000 });
    expect(within(outcome).getByText('Żadna kopia automatyczna nie zawierała tych osób.')).toBeTruthy();
    // The erasure is kept outside the database too (the stand-in's data folder).
    const [run] = await listAnonymisationRuns();
    expect(JSON.parse(localStorage.getItem('twinning.dataFolder.erasureRegister')!)).toEqual([run]);
    await user.click(within(outcome).getByRole('button', { name: 'Zamknij' }));
    expect(await screen.findByRole('heading', { name: 'Strona obozu' })).toBeTruthy();
    expect((await db.participants.toArray()).map((p) => p.firstName)).toEqual(['Jan']);
    expect(run!.erasedIds).toHaveLength(2);
  });

  it('erases only the opened record when the other records are unticked', async () => {
    const db = await openSecondRecord();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Usuń dane tej osoby' }));
    const dialog = await screen.findByRole('dialog', { name: 'Usunąć dane osoby?' });
    await user.click(within(dialog).getByRole('checkbox', { name: /^Usuń wszystkie zapisy tej osoby/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Usuń trwale' }));
    const outcome = await screen.findByRole('dialog', { name: 'Usunięto dane osoby' }, { timeout: 15_000 });
    await user.click(within(outcome).getByRole('button', { name: 'Zamknij' }));
    expect(await screen.findByRole('heading', { name: 'Strona obozu' })).toBeTruthy();
    expect((await db.participants.toArray()).map((p) => p.firstName).sort()).toEqual(['Jan', 'Łucja']);
  });
});
