import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DormancySettingsCard } from '../../../renderer/features/partners/DormancySettingsCard';
import { readSetting } from '../../../renderer/db/repositories/settings';
import { dormancyMonthsSetting } from '../../../renderer/db/repositories/timeline';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

describe('dormancy setting', () => {
  it('starts at 24 months and stores a new number of months', async () => {
    await freshDatabase();
    renderInApp(<DormancySettingsCard />);
    const input = screen.getByRole('textbox', { name: /Partnerstwo uśpione po/ });
    await waitFor(() => expect((input as HTMLInputElement).value).toBe('24'));
    expect(screen.getByText('Brak wydarzeń i wizyt od ponad 24 miesięcy')).toBeTruthy();
    fireEvent.change(input, { target: { value: '12' } });
    await waitFor(async () => expect(await readSetting(dormancyMonthsSetting)).toBe(12));
    expect(await screen.findByText('Brak wydarzeń i wizyt od ponad 12 miesięcy')).toBeTruthy();
  });
});
