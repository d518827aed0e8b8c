// The list of delegation visits: filters by text, direction, status and year (kept in the URL); a dense table; a new visit.
import { useHotkeys } from '@mantine/hooks';
import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { visitDirections, visitStatuses } from '../../../shared/domain';
import { useFormat } from '../../i18n/format';
import { usePartners, useVisits } from './hooks';
import { VisitForm } from './VisitForm';
import { FormModal } from '../../app/FormModal';
import { useWriteLock } from '../../app/writeLock';
import { useUrlState } from '../../app/useUrlState';
import { TextCell } from '../../app/TextCell';

interface Filter {
  text: string;
  direction: string | null;
  status: string | null;
  year: string | null;
}
/** The filters as they stand in the URL ('' where unset). */
const noFilter = { q: '', direction: '', status: '', year: '' };

export function VisitsPage() {
  const { t } = useTranslation('visits');
  const { t: tc } = useTranslation();
  const lock = useWriteLock();
  // Ctrl+N (Cmd+N on a Mac) adds a record, as the button does.
  useHotkeys([['mod+N', () => !lock.disabled && setAdding(true)]]);
  const format = useFormat();
  const navigate = useNavigate();
  const visits = useVisits();
  const partners = usePartners();
  const [url, setUrl, clearFilter] = useUrlState(noFilter);
  const filter: Filter = useMemo(
    () => ({ text: url.q, direction: url.direction || null, status: url.status || null, year: url.year || null }),
    [url.q, url.direction, url.status, url.year],
  );
  const [adding, setAdding] = useState(false);
  const set = (patch: Partial<Filter>) =>
    setUrl({
      ...(patch.text !== undefined && { q: patch.text }),
      ...(patch.direction !== undefined && { direction: patch.direction ?? '' }),
      ...(patch.status !== undefined && { status: patch.status ?? '' }),
      ...(patch.year !== undefined && { year: patch.year ?? '' }),
    });
  const names = useMemo(() => new Map((partners ?? []).map((p) => [p.id, p.name])), [partners]);
  const years = useMemo(() => [...new Set((visits ?? []).map((v) => v.start.slice(0, 4)))].sort().reverse(), [visits]);

  const shown = useMemo(() => {
    const text = filter.text.trim().toLocaleLowerCase();
    return (visits ?? []).filter((v) => {
      if (filter.direction && v.direction !== filter.direction) return false;
      if (filter.status && v.status !== filter.status) return false;
      if (filter.year && !v.start.startsWith(filter.year)) return false;
      if (!text) return true;
      const hay = [v.title, v.purpose ?? '', ...v.partnerIds.map((id) => names.get(id) ?? '')]
        .join(' ')
        .toLocaleLowerCase();
      return hay.includes(text);
    });
  }, [visits, filter, names]);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={1}>{t('title')}</Title>
        <Group gap="xs">
          <Button {...lock} onClick={() => setAdding(true)} aria-keyshortcuts="Control+N">
            {t('actions.new')}
          </Button>
          <Button variant="default" component={Link} to="/settings/checklists">
            {t('actions.settings')}
          </Button>
        </Group>
      </Group>
      <Group gap="sm" align="flex-end" role="search" aria-label={t('filters.label')}>
        <TextInput
          label={t('filters.text')}
          value={filter.text}
          onChange={(e) => set({ text: e.currentTarget.value })}
          w={240}
        />
        <Select
          label={t('field.direction')}
          placeholder={t('filters.any')}
          clearable
          w={170}
          value={filter.direction}
          data={visitDirections.map((d) => ({ value: d, label: t(`direction.${d}`) }))}
          onChange={(v) => set({ direction: v })}
        />
        <Select
          label={t('field.status')}
          placeholder={t('filters.any')}
          clearable
          w={170}
          value={filter.status}
          data={visitStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          onChange={(v) => set({ status: v })}
        />
        <Select
          label={t('filters.year')}
          placeholder={t('filters.any')}
          clearable
          w={120}
          value={filter.year}
          data={years}
          onChange={(v) => set({ year: v })}
        />
        <Button variant="subtle" onClick={clearFilter}>
          {t('filters.clear')}
        </Button>
      </Group>
      <Text size="sm" aria-live="polite">
        {tc('count.visit', { count: shown.length })}
      </Text>
      <Table striped highlightOnHover verticalSpacing={4} fz="sm" aria-label={t('title')}>
        <Table.Thead style={{ whiteSpace: 'nowrap' }}>
          <Table.Tr>
            <Table.Th>{t('field.title')}</Table.Th>
            <Table.Th>{t('field.direction')}</Table.Th>
            <Table.Th>{t('field.partners')}</Table.Th>
            <Table.Th>{t('field.dates')}</Table.Th>
            <Table.Th>{t('field.status')}</Table.Th>
            <Table.Th>{t('field.members')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((v) => (
            <Table.Tr key={v.id}>
              <TextCell text={v.title} minWidth={160} maxWidth={360}>
                <Anchor component={Link} to={`/visits/${v.id}`} fz="sm">
                  {v.title}
                </Anchor>{' '}
                {v.example && (
                  <Badge size="xs" variant="light">
                    {tc('state.example')}
                  </Badge>
                )}
              </TextCell>
              <Table.Td>{t(`direction.${v.direction}`)}</Table.Td>
              <TextCell text={v.partnerIds.map((id) => names.get(id) ?? '?').join(', ')} />
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {format.date(v.start, 'short')}
                {v.end !== v.start ? ` – ${format.date(v.end, 'short')}` : ''}
              </Table.Td>
              <Table.Td>{t(`status.${v.status}`)}</Table.Td>
              <Table.Td>{v.members.length}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {visits && shown.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('empty')}
        </Text>
      )}
      <FormModal
        closeButtonProps={{ 'aria-label': tc('actions.close') }}
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('form.newTitle')}
        size="lg"
      >
        {adding && (
          <VisitForm
            onDone={(saved) => {
              setAdding(false);
              if (saved) void navigate(`/visits/${saved.id}`);
            }}
          />
        )}
      </FormModal>
    </Stack>
  );
}
