import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ROTATION } from '../../../shared/backup/rotation';
import { ok } from '../../../shared/result';
import { AnonymiseModal } from '../../../renderer/features/exchanges/AnonymiseModal';
import { changeLanguage } from '../../../renderer/i18n';
import { platform } from '../../../renderer/platform';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

afterEach(() => vi.restoreAllMocks());

const camps = [{ eventId: 'camp', occurrence: '2019-07-10', title: 'Obóz' }];

describe('the anonymisation preview', () => {
  it('warns that automatic backups keep the data until rotation removes them: up to 8 weeks by default', async () => {
    await freshDatabase();
    vi.spyOn(platform, 'backupSettings').mockResolvedValue(ok({ folder: null, rotation: DEFAULT_ROTATION }));
    renderInApp(<AnonymiseModal camps={camps} onClose={() => undefined} />);
    expect(
      await screen.findByText(
        /^Automatyczne kopie zapasowe zrobione przed anonimizacją nadal zawierają te dane, dopóki rotacja kopii ich nie usunie: najdłużej 8 tygodni\./,
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(/Kopie bezpieczeństwa robione przed przywróceniem danych \(zachowywanych: 5\)/),
    ).toBeTruthy();

    await changeLanguage('en');
    try {
      expect(
        await screen.findByText(
          /^Automatic backups made before the anonymisation still hold this data until backup rotation removes them: up to 8 weeks\./,
        ),
      ).toBeTruthy();
    } finally {
      await changeLanguage('pl');
    }
  });

  it('follows the stored rotation setting', async () => {
    await freshDatabase();
    vi.spyOn(platform, 'backupSettings').mockResolvedValue(
      ok({ folder: null, rotation: { daily: 30, weekly: 2, safety: 3 } }),
    );
    renderInApp(<AnonymiseModal camps={camps} onClose={() => undefined} />);
    expect(await screen.findByText(/rotacja kopii ich nie usunie: najdłużej 30 dni\./)).toBeTruthy();
  });

  it('reads the rotation the browser stand-in stores', async () => {
    await freshDatabase();
    localStorage.setItem('twinning.backupRotation', JSON.stringify({ daily: 7, weekly: 1, safety: 5 }));
    try {
      renderInApp(<AnonymiseModal camps={camps} onClose={() => undefined} />);
      expect(await screen.findByText(/najdłużej 1 tydzień\./)).toBeTruthy();
    } finally {
      localStorage.removeItem('twinning.backupRotation');
    }
  });
});
