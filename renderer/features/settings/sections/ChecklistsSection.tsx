// Settings section: the default logistics checklists a new visit starts with, one per direction, edited as one
// draft and stored with the section's Save button.
import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  logisticsKinds,
  visitDirections,
  type LogisticsEntry,
  type LogisticsKind,
  type VisitDirection,
} from '../../../../shared/domain';
import { DEFAULT_LOGISTICS, type LogisticsDefaults } from '../../../../shared/visits/logistics';
import { notifySuccess } from '../../../app/notify';
import { writeSetting } from '../../../db/repositories/settings';
import { logisticsDefaultsSetting } from '../../../db/repositories/visits';
import { useLogisticsDefaults } from '../../visits/hooks';
import { attempt } from '../../visits/save';
import { SaveBar, useSectionDraft } from '../SaveBar';
import { Section } from '../Section';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function ChecklistsSection() {
  const { t } = useTranslation('visits');
  const stored = useLogisticsDefaults();
  return (
    <Section id="checklists" title={t('settings.checklists')} help={t('settings.checklistsHint')}>
      {stored && <Editor stored={stored} />}
    </Section>
  );
}

function Editor({ stored }: { stored: LogisticsDefaults }) {
  const { t } = useTranslation('visits');
  const { t: ts } = useTranslation('settings');
  const [draft, setDraft] = useState(stored);
  const base = useRef(stored);
  // Lists stored meanwhile (a save's late re-read, or another desk) replace a direction's list left alone; a list
  // being edited keeps the edits.
  useEffect(() => {
    const before = base.current;
    base.current = stored;
    setDraft((d) => ({
      ...d,
      ...Object.fromEntries(visitDirections.map((dir) => [dir, same(d[dir], before[dir]) ? stored[dir] : d[dir]])),
    }));
  }, [stored]);
  const dirty = !same(draft, stored);
  const save = async () => {
    if (!dirty) return;
    const failed = await attempt(() => writeSetting(logisticsDefaultsSetting, draft));
    if (!failed) notifySuccess(ts('sections.saved'));
  };
  const section = useSectionDraft(dirty, () => void save());
  return (
    <Stack gap="sm" onKeyDown={section.saveKeys}>
      {section.guard}
      <Group align="flex-start" grow>
        {visitDirections.map((d) => (
          <ChecklistEditor
            key={d}
            direction={d}
            list={draft[d]}
            onChange={(next) => setDraft((x) => ({ ...x, [d]: next }))}
          />
        ))}
      </Group>
      <SaveBar
        dirty={dirty}
        label={ts('sections.saveChecklists')}
        onSave={() => void save()}
        extra={
          <Button variant="subtle" onClick={() => setDraft(DEFAULT_LOGISTICS)}>
            {t('settings.restore')}
          </Button>
        }
      />
    </Stack>
  );
}

function ChecklistEditor({
  direction,
  list,
  onChange,
}: {
  direction: VisitDirection;
  list: LogisticsEntry[];
  onChange: (next: LogisticsEntry[]) => void;
}) {
  const { t } = useTranslation('visits');
  const { t: tc } = useTranslation();
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<string | null>(null);
  const name = (e: LogisticsEntry) => e.label || (e.kind ? t(`logistics.kind.${e.kind}`) : '');
  const heading = t(`settings.listFor.${direction}`);
  return (
    <Stack gap={4} aria-label={heading} component="section">
      <Title order={3} size="h5">
        {heading}
      </Title>
      {list.map((e, i) => (
        <Group key={`${i}-${name(e)}`} justify="space-between" gap="xs">
          <Text size="sm">{name(e)}</Text>
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            aria-label={`${tc('actions.delete')}: ${name(e)}`}
            onClick={() => onChange(list.filter((_, j) => j !== i))}
          >
            {tc('actions.delete')}
          </Button>
        </Group>
      ))}
      <Group gap="xs" align="flex-end">
        <Select
          size="xs"
          label={t('settings.standardItem')}
          data={logisticsKinds.map((k) => ({ value: k, label: t(`logistics.kind.${k}`) }))}
          value={kind}
          onChange={setKind}
          w={180}
        />
        <Button
          size="xs"
          variant="default"
          disabled={!kind}
          onClick={() => {
            onChange([...list, { kind: kind as LogisticsKind }]);
            setKind(null);
          }}
        >
          {tc('actions.add')}
        </Button>
      </Group>
      <Group
        gap="xs"
        align="flex-end"
        renderRoot={(props) => <form {...props} noValidate />}
        onSubmit={(e) => {
          e.preventDefault();
          if (label.trim()) {
            onChange([...list, { label: label.trim() }]);
            setLabel('');
          }
        }}
      >
        <TextInput
          size="xs"
          label={t('settings.ownItem')}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          w={180}
        />
        <Button size="xs" variant="default" type="submit">
          {tc('actions.add')}
        </Button>
      </Group>
    </Stack>
  );
}
