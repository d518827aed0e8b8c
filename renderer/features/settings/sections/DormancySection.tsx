// Settings section: after how many months without an event or visit an active partnership counts as dormant.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { writeSetting } from '../../../db/repositories/settings';
import { dormancyMonthsSetting } from '../../../db/repositories/timeline';
import { useDormancyMonths } from '../../partners/hooks';
import { NumbersForm } from '../NumbersForm';
import { Section } from '../Section';

export function DormancySection() {
  const { t } = useTranslation('partners');
  const { t: ts } = useTranslation('settings');
  const stored = useDormancyMonths();
  return (
    <Section id="dormancy" title={ts('sections.dormancy')}>
      {stored !== undefined && (
        <>
          <NumbersForm
            label={ts('sections.dormancy')}
            fields={[{ name: 'months', label: t('settings.dormancyMonths'), min: 1, max: 240, value: stored }]}
            onSave={(v) => writeSetting(dormancyMonthsSetting, v.months!)}
          />
          <Text size="xs" c="dimmed">
            {t('dormant.title', { count: stored })}
          </Text>
        </>
      )}
    </Section>
  );
}
