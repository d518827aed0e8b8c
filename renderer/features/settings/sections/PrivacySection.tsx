// Settings section: how long personal data stays: camp participants after their camp, contacts and delegation
// members after their last event or visit. The anonymisation itself runs on the privacy page.
import { Anchor, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { peopleRetentionSetting } from '../../../db/repositories/dormantPeople';
import { retentionSetting } from '../../../db/repositories/participants';
import { readSetting, writeSetting } from '../../../db/repositories/settings';
import { NumbersForm } from '../NumbersForm';
import { Section } from '../Section';

export function PrivacySection() {
  const { t } = useTranslation('settings');
  const { t: te } = useTranslation('exchanges');
  const stored = useLiveQuery(() => Promise.all([readSetting(retentionSetting), readSetting(peopleRetentionSetting)]));
  return (
    <Section id="privacy" title={t('sections.privacy')} help={t('sections.privacyHelp')}>
      {stored && (
        <NumbersForm
          label={t('sections.privacy')}
          fields={[
            {
              name: 'participants',
              label: te('privacy.participantsYears'),
              description: te('privacy.participantsYearsHelp'),
              min: 0,
              max: 50,
              value: stored[0].participantsYears,
            },
            { name: 'people', label: te('dormant.years'), min: 1, max: 50, value: stored[1].years },
          ]}
          onSave={async (v) => {
            await writeSetting(retentionSetting, { ...stored[0], participantsYears: v.participants! });
            await writeSetting(peopleRetentionSetting, { years: v.people! });
          }}
        />
      )}
      <Text size="sm">
        <Anchor component={Link} to="/exchanges/privacy">
          {t('sections.toPrivacy')}
        </Anchor>
      </Text>
    </Section>
  );
}
