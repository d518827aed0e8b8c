// Settings section: the office's default number of minors per adult carer, checked on every camp's readiness tab.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { minorsPerAdultSetting } from '../../../db/repositories/participants';
import { readSetting, writeSetting } from '../../../db/repositories/settings';
import { NumbersForm } from '../NumbersForm';
import { Section } from '../Section';

export function CampsSection() {
  const { t } = useTranslation('settings');
  const { t: te } = useTranslation('exchanges');
  const ratio = useLiveQuery(() => readSetting(minorsPerAdultSetting));
  return (
    <Section id="camps" title={t('sections.camps')} help={t('sections.campsHelp')}>
      {ratio !== undefined && (
        <NumbersForm
          label={t('sections.camps')}
          fields={[
            {
              name: 'ratio',
              label: te('readiness.minorsPerAdult'),
              description: te('readiness.minorsPerAdultHelp'),
              min: 1,
              max: 50,
              value: ratio,
            },
          ]}
          onSave={(v) => writeSetting(minorsPerAdultSetting, v.ratio!)}
        />
      )}
    </Section>
  );
}
