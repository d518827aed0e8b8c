// The automatic backups card says whether the backups are encrypted at rest as it is, never more.
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/result';
import { AutoBackupsCard } from '../../../renderer/features/backup/AutoBackupsCard';
import { useAutoBackups } from '../../../renderer/features/backup/useAutoBackups';
import { changeLanguage } from '../../../renderer/i18n';
import { platform } from '../../../renderer/platform';
import { renderInApp } from '../../helpers/render';

afterEach(async () => {
  vi.restoreAllMocks();
  await changeLanguage('pl');
});

function Card() {
  return <AutoBackupsCard auto={useAutoBackups()} onRestore={() => Promise.resolve()} />;
}

const withKeychain = (encryptedAtRest: boolean) => {
  vi.spyOn(platform, 'backupSettings').mockResolvedValue(
    ok({ folder: '/home/anna/Backups', rotation: { daily: 7, weekly: 8, safety: 5 }, encryptedAtRest }),
  );
  vi.spyOn(platform, 'listAutoBackups').mockResolvedValue(ok([]));
};

describe('the automatic backups card', () => {
  it('says the backups are encrypted only when they are', async () => {
    withKeychain(true);
    renderInApp(<Card />);
    expect(await screen.findByText(/Kopie automatyczne są zaszyfrowane kluczem/)).toBeTruthy();
    expect(screen.queryByText('Kopie automatyczne nie są zaszyfrowane')).toBeNull();
  });

  it('warns, in Polish and English, that backups are plain text where no keychain can seal the key', async () => {
    withKeychain(false);
    renderInApp(<Card />);
    expect(await screen.findByText('Kopie automatyczne nie są zaszyfrowane')).toBeTruthy();
    expect(screen.getByText(/zapisywane jako zwykły tekst/)).toBeTruthy();
    expect(screen.queryByText(/są zaszyfrowane kluczem/)).toBeNull();
    await changeLanguage('en');
    expect(await screen.findByText('Automatic backups are not encrypted')).toBeTruthy();
    expect(screen.queryByText(/are encrypted with a key/)).toBeNull();
  });
});
