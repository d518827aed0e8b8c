// Settings card of the partner towns area: after how many months an active partnership counts as dormant.
import { Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../app/notify';
import { writeSetting } from '../../db/repositories/settings';
import { dormancyMonthsSetting } from '../../db/repositories/timeline';
import { useDormancyMonths } from './hooks';

export function DormancySettingsCard() {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const stored = useDormancyMonths();
  const [value, setValue] = useState<number | string>('');
  useEffect(() => {
    if (stored !== undefined) setValue(stored);
  }, [stored]);
  const save = async (next: number | string) => {
    setValue(next);
    if (typeof next !== 'number' || !Number.isInteger(next) || next < 1 || next > 240) return;
    try {
      await writeSetting(dormancyMonthsSetting, next);
    } catch {
      notifyError(tc('db.unknown'));
    }
  };
  const invalid = typeof value !== 'number' || value < 1 || value > 240;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('settings.title')}
        </Title>
        <Group>
          <NumberInput
            label={t('settings.dormancyMonths')}
            min={1}
            max={240}
            allowDecimal={false}
            w={420}
            value={value}
            onChange={(v) => void save(v)}
            error={invalid && value !== '' ? tc('validation.invalid') : undefined}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t('dormant.title', { months: t('months', { count: typeof value === 'number' ? value : 24 }) })}
        </Text>
      </Stack>
    </Card>
  );
}
