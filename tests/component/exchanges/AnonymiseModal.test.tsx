import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadExampleData } from '../../../renderer/db/repositories/example';
import { importParticipants } from '../../../renderer/db/repositories/participants';
import { makeAutoBackup } from '../../../renderer/features/backup/flows';
import { AnonymiseModal } from '../../../renderer/features/exchanges/AnonymiseModal';
import { changeLanguage } from '../../../renderer/i18n';
import { platform } from '../../../renderer/platform';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

afterEach(() => vi.restoreAllMocks());

async function campWithChild() {
  const db = await freshDatabase();
  await loadExampleData('2026-11-26');
  const { id, title } = (await db.events.where('kind').equals('youthCamp').first())!;
  await importParticipants([
    {
      eventId: id,
      occurrence: '2019-07-10',
      firstName: 'Kanarzyca',
      lastName: 'Wróblewska',
      birthDate: '2009-04-12',
      birthYear: 2009,
      role: 'participant',
      sendingTown: 'home',
      guardianName: 'Opiekunka Kanarzycy',
      guardianPhone: '+48 600 000 000',
      status: 'attended',
      consents: {},
    },
  ]);
  return [{ eventId: id, occurrence: '2019-07-10', title }];
}

describe('the anonymisation preview', () => {
  it('says in Polish and English that backups holding the people are rewritten', async () => {
    renderInApp(<AnonymiseModal camps={await campWithChild()} onClose={() => undefined} />);
    expect(
      await screen.findByText(/^Kopie automatyczne i kopie bezpieczeństwa, które zawierają te osoby, zostaną od razu/),
    ).toBeTruthy();
    await changeLanguage('en');
    try {
      expect(
        await screen.findByText(/^Automatic and safety backups that hold these people are rewritten/),
      ).toBeTruthy();
    } finally {
      await changeLanguage('pl');
    }
  });

  it('rewrites the automatic backup that held the child, names it, and the backup reads back without them', async () => {
    const camps = await campWithChild();
    const backup = await makeAutoBackup('daily');
    const before = await platform.readAutoBackup({ name: backup.name });
    expect(before.ok && before.value).toContain('Kanarzyca');

    const user = userEvent.setup();
    renderInApp(<AnonymiseModal camps={camps} onClose={() => undefined} />);
    await user.click(await screen.findByRole('button', { name: 'Anonimizuj 1 osobę' }));
    const done = await screen.findByRole('dialog', { name: 'Gotowe' }, { timeout: 15_000 });
    expect(within(done).getByText(/^Kopie automatyczne przepisane bez tych osób: /)).toBeTruthy();

    const after = await platform.readAutoBackup({ name: backup.name });
    expect(after.ok).toBe(true);
    expect(after.ok && after.value).not.toContain('Kanarzyca');
    expect(after.ok && after.value).not.toContain('Opiekunka');
    expect((await platform.listAutoBackups()).ok).toBe(true);
  });
});
