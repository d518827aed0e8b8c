// Office settings of the visits area: default logistics checklists and the per-diem rates table.
import { Anchor, Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  logisticsKinds,
  visitDirections,
  type LogisticsEntry,
  type LogisticsKind,
  type VisitDirection,
} from '../../../shared/domain';
import { DEFAULT_LOGISTICS, type LogisticsDefaults } from '../../../shared/visits/logistics';
import { writeSetting } from '../../db/repositories/settings';
import { logisticsDefaultsSetting } from '../../db/repositories/visits';
import { useLogisticsDefaults } from './hooks';
import { PerDiemTableCard } from './PerDiemTableCard';
import { attempt } from './save';

export function VisitSettingsPage() {
  const { t } = useTranslation('visits');
  const defaults = useLogisticsDefaults();
  return (
    <Stack gap="sm">
      <Anchor component={Link} to="/visits" size="sm">
        ← {t('title')}
      </Anchor>
      <Title order={1}>{t('settings.title')}</Title>
      {defaults && (
        <Card withBorder component="section" aria-label={t('settings.checklists')}>
          <Title order={2} size="h4" mb="xs">
            {t('settings.checklists')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('settings.checklistsHint')}
          </Text>
          <Group align="flex-start" grow>
            {visitDirections.map((d) => (
              <ChecklistEditor key={d} direction={d} defaults={defaults} />
            ))}
          </Group>
          <Button
            mt="sm"
            variant="subtle"
            w="fit-content"
            onClick={() => void attempt(() => writeSetting(logisticsDefaultsSetting, DEFAULT_LOGISTICS))}
          >
            {t('settings.restore')}
          </Button>
        </Card>
      )}
      <PerDiemTableCard />
    </Stack>
  );
}

function ChecklistEditor({ direction, defaults }: { direction: VisitDirection; defaults: LogisticsDefaults }) {
  const { t } = useTranslation('visits');
  const { t: tc } = useTranslation();
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<string | null>(null);
  const list = defaults[direction];
  const save = (next: LogisticsEntry[]) =>
    attempt(() => writeSetting(logisticsDefaultsSetting, { ...defaults, [direction]: next }));
  const name = (e: LogisticsEntry) => e.label || (e.kind ? t(`logistics.kind.${e.kind}`) : '');
  const heading = t('settings.listFor', { direction: t(`direction.${direction}`) });
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
            aria-label={t('logistics.remove', { name: name(e) })}
            onClick={() => void save(list.filter((_, j) => j !== i))}
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
            void save([...list, { kind: kind as LogisticsKind }]);
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
            void save([...list, { label: label.trim() }]);
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
