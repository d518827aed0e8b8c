// The register of partner towns: filters, sortable dense table, count, dormant flags, add, import, export, print.
import { Anchor, Badge, Button, Group, Modal, Select, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { cooperationAreas, partnerStatuses, relationKinds, type Partner } from '../../../shared/domain';
import { useFormat } from '../../i18n/format';
import { useActivity, useDormancyMonths, usePartners } from './hooks';
import { ImportModal } from './ImportModal';
import { useCountryOptions, useRowLabels } from './labels';
import { emptyFilter, filterPartners, sortPartners, type ListFilter, type Sort, type SortColumn } from './listFilter';
import { exportPartnersCsv, exportPartnersXlsx } from './exportList';
import { PartnerForm } from './PartnerForm';
import './print.css';

const COLUMNS: { column: SortColumn; label: string }[] = [
  { column: 'name', label: 'field.name' },
  { column: 'country', label: 'field.country' },
  { column: 'relationKind', label: 'field.relationKind' },
  { column: 'status', label: 'field.status' },
  { column: 'startDate', label: 'field.startDate' },
  { column: 'lastActivity', label: 'field.lastContact' },
];

export function PartnersPage() {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const partners = usePartners();
  const activity = useActivity();
  const months = useDormancyMonths();
  const labels = useRowLabels();
  const countries = useCountryOptions();
  const [filter, setFilter] = useState<ListFilter>(emptyFilter);
  const [sort, setSort] = useState<Sort>({ column: 'name', descending: false });
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const set = (patch: Partial<ListFilter>) => setFilter((f) => ({ ...f, ...patch }));

  const shown = useMemo(() => {
    const text = (p: Partner, c: SortColumn): string => {
      if (c === 'country') return format.country(p.country);
      if (c === 'relationKind') return t(`relationKind.${p.relationKind}`);
      if (c === 'status') return t(`status.${p.status}`);
      if (c === 'startDate') return p.startDate ?? '';
      if (c === 'lastActivity') return activity?.last.get(p.id) ?? '';
      return p.name;
    };
    return sortPartners(filterPartners(partners ?? [], filter), sort, text, format.language);
  }, [partners, filter, sort, activity, format, t]);

  const usedCountries = useMemo(() => {
    const present = new Set((partners ?? []).map((p) => p.country));
    return countries.filter((c) => present.has(c.value));
  }, [partners, countries]);

  const toggleSort = (column: SortColumn) =>
    setSort((s) => ({ column, descending: s.column === column ? !s.descending : false }));

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={1}>{t('title')}</Title>
        <Group gap="xs" className="partners-toolbar no-print">
          <Button onClick={() => setAdding(true)}>{t('actions.add')}</Button>
          <Button variant="default" onClick={() => setImporting(true)}>{t('actions.import')}</Button>
          <Button variant="default" onClick={() => void exportPartnersCsv(shown, labels, t('exportName'))}>{t('actions.exportCsv')}</Button>
          <Button variant="default" onClick={() => void exportPartnersXlsx(shown, labels, t('exportName'), t('title'))}>{t('actions.exportXlsx')}</Button>
          <Button variant="default" onClick={() => window.print()}>{t('actions.print')}</Button>
        </Group>
      </Group>
      <Group gap="sm" align="flex-end" className="partners-filters" role="search" aria-label={t('filters.label')}>
        <TextInput label={t('filter')} value={filter.text} onChange={(e) => set({ text: e.currentTarget.value })} w={240} />
        <Select label={t('filters.country')} placeholder={t('filters.any')} data={usedCountries} value={filter.country}
          onChange={(v) => set({ country: v })} clearable searchable w={180} />
        <Select label={t('filters.relationKind')} placeholder={t('filters.any')} value={filter.relationKind} clearable w={200}
          data={relationKinds.map((k) => ({ value: k, label: t(`relationKind.${k}`) }))} onChange={(v) => set({ relationKind: v })} />
        <Select label={t('filters.status')} placeholder={t('filters.any')} value={filter.status} clearable w={160}
          data={partnerStatuses.map((k) => ({ value: k, label: t(`status.${k}`) }))} onChange={(v) => set({ status: v })} />
        <Select label={t('filters.area')} placeholder={t('filters.any')} value={filter.area} clearable searchable w={220}
          data={cooperationAreas.map((k) => ({ value: k, label: t(`area.${k}`) }))} onChange={(v) => set({ area: v })} />
        <Button variant="subtle" onClick={() => setFilter(emptyFilter)}>{t('filters.clear')}</Button>
      </Group>
      <Text size="sm" aria-live="polite">{tc('count.partner', { count: shown.length })}</Text>
      <Table striped highlightOnHover verticalSpacing={4} fz="sm" aria-label={t('title')} className="partners-table">
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map(({ column, label }) => (
              <Table.Th key={column} aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <UnstyledButton fw={700} fz="sm" onClick={() => toggleSort(column)} title={t('filters.sortBy', { column: t(label) })}>
                  {t(label)} {sort.column === column ? (sort.descending ? '▼' : '▲') : ''}
                </UnstyledButton>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((p) => {
            const last = activity?.last.get(p.id);
            return (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/partners/${p.id}`} fz="sm">{p.name}</Anchor>
                  {p.namePl && <Text span fz="xs" c="dimmed"> ({p.namePl})</Text>}{' '}
                  {p.example && <Badge size="xs" variant="light">{tc('state.example')}</Badge>}{' '}
                  {activity?.dormant.has(p.id) && (
                    <Badge size="xs" color="orange" title={t('dormant.title', { months: t('months', { count: months ?? 24 }) })}>
                      {t('dormant.badge')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{format.country(p.country)}</Table.Td>
                <Table.Td>{t(`relationKind.${p.relationKind}`)}</Table.Td>
                <Table.Td>{t(`status.${p.status}`)}</Table.Td>
                <Table.Td>{p.startDate ? format.date(p.startDate, 'P') : ''}</Table.Td>
                <Table.Td>{last ? format.date(last, 'P') : ''}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Modal opened={adding} onClose={() => setAdding(false)} title={t('form.addTitle')} size="xl">
        {adding && (
          <PartnerForm onCancel={() => setAdding(false)} onSaved={(saved) => { setAdding(false); void navigate(`/partners/${saved.id}`); }} />
        )}
      </Modal>
      <ImportModal opened={importing} onClose={() => setImporting(false)} existing={partners ?? []} />
    </Stack>
  );
}
