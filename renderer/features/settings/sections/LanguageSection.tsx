// Settings section: the interface language and the colour theme, saved together with the section's Save button.
import { Group, SegmentedControl, Stack, Text, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/ipc';
import { notifyFailure } from '../../../app/failure';
import { switchLanguage } from '../../../app/Layout';
import { currentLanguage } from '../../../i18n';
import { SaveBar, useSectionDraft } from '../SaveBar';
import { Section } from '../Section';

export function LanguageSection() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const language = currentLanguage();
  const [draft, setDraft] = useState<{ language: Language; scheme: MantineColorScheme }>({
    language,
    scheme: colorScheme,
  });
  const dirty = draft.language !== language || draft.scheme !== colorScheme;
  const save = async () => {
    setColorScheme(draft.scheme);
    try {
      if (draft.language !== language) await switchLanguage(draft.language);
    } catch (error) {
      notifyFailure('save', error);
    }
  };
  const section = useSectionDraft(dirty, () => void save());
  return (
    <Section id="language" title={t('appearance')} help={t('sections.languageHelp')}>
      <form
        aria-label={t('appearance')}
        onKeyDown={section.saveKeys}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {section.guard}
        <Stack gap="sm">
          <Group>
            <Text size="sm" w={160} id="settings-language-label">
              {tc('language.label')}
            </Text>
            <SegmentedControl
              aria-labelledby="settings-language-label"
              value={draft.language}
              onChange={(v) => setDraft((d) => ({ ...d, language: v === 'en' ? 'en' : 'pl' }))}
              data={[
                { value: 'pl', label: tc('language.pl') },
                { value: 'en', label: tc('language.en') },
              ]}
            />
          </Group>
          <Group>
            <Text size="sm" w={160} id="settings-scheme-label">
              {tc('colorScheme.label')}
            </Text>
            <SegmentedControl
              aria-labelledby="settings-scheme-label"
              value={draft.scheme}
              onChange={(v) => setDraft((d) => ({ ...d, scheme: v === 'light' || v === 'dark' ? v : 'auto' }))}
              data={(['auto', 'light', 'dark'] as const).map((v) => ({ value: v, label: tc(`colorScheme.${v}`) }))}
            />
          </Group>
          <SaveBar dirty={dirty} />
        </Stack>
      </form>
    </Section>
  );
}
