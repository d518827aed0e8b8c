// The language a document is written in (dossier, access copy), chosen apart from the interface's language;
// each choice is named in its own language.
import { Group, Radio } from '@mantine/core';
import type { Language } from '../../shared/ipc';

export function DocumentLanguage({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Language;
  onChange: (language: Language) => void;
}) {
  return (
    <Radio.Group label={label} value={value} onChange={(v) => onChange(v === 'en' ? 'en' : 'pl')}>
      <Group mt={4}>
        <Radio value="pl" label="Polski" lang="pl" />
        <Radio value="en" label="English" lang="en" />
      </Group>
    </Radio.Group>
  );
}
