// The register of partner towns: filters and sorting kept in the URL, dense table, count, dormant flags, add, import,
// export, print.
import { useHotkeys } from '@mantine/hooks';
import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { optionsWhenOpened } from '../../app/theme';
import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { cooperationAreas, partnerStatuses, relationKinds } from '../../../shared/domain';
import { countryName, useFormat } from '../../i18n/format';
import { useActivity, useDormancyMonths, usePartners } from './hooks';
import { useCountryOptions, useRowLabels } from './labels';
import {
  columnText,
  emptyFilter,
  filterPartners,
  listFieldChoices,
  sortPartners,
  type ListFilter,
  type Sort,
  type SortColumn,
} from './listFilter';
import { exportPartnersCsv, exportPartnersXlsx } from './exportList';
import { FormModal } from '../../app/FormModal';
import { Letterhead } from '../../app/Letterhead';
import { PartnerTable } from './PartnerTable';
import './print.css';
import { useWriteLock } from '../../app/writeLock';
import { useUrlState } from '../../app/useUrlState';

// Loaded when first opened: the list's own code carries no form library, date picker, tag input or CSV parser.
const PartnerForm = lazy(async () => ({ default: (await import('./PartnerForm')).PartnerForm }));
const ImportModal = lazy(async () => ({ default: (await import('./ImportModal')).ImportModal }));

/** The list's state in the URL: filters, the sorted column and its direction ('' where unset). */
const listDefaults = { q: '', country: '', relation: '', status: '', area: '', sort: 'name', desc: '' };
const sortColumns: readonly SortColumn[] = ['name', 'country', 'relationKind', 'status', 'startDate', 'lastActivity'];

export function PartnersPage() {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const lock = useWriteLock();
  // Ctrl+N (Cmd+N on a Mac) adds a record, as the button does.
  useHotkeys([['mod+N', () => !lock.disabled && setAdding(true)]]);
  const format = useFormat();
  const navigate = useNavigate();
  const partners = usePartners();
  const activity = useActivity();
  const months = useDormancyMonths();
  const labels = useRowLabels();
  const countries = useCountryOptions();
  const [url, setUrl] = useUrlState(listDefaults);
  const filter: ListFilter = useMemo(
    () => ({
      ...emptyFilter,
      text: url.q,
      country: url.country || null,
      relationKind: url.relation || null,
      status: url.status || null,
      area: url.area || null,
    }),
    [url.q, url.country, url.relation, url.status, url.area],
  );
  const sort: Sort = useMemo(
    () => ({
      column: sortColumns.includes(url.sort as SortColumn) ? (url.sort as SortColumn) : 'name',
      descending: url.desc === '1',
    }),
    [url.sort, url.desc],
  );
  const [params] = useSearchParams();
  // `?new=1` (the start screen's "add the first partner town") opens the form at once.
  const [adding, setAdding] = useState(params.get('new') === '1');
  const [importing, setImporting] = useState(false);
  // The import dialog stays mounted once opened, so it closes with its transition as before.
  const [importUsed, setImportUsed] = useState(false);
  const set = (patch: Partial<ListFilter>) =>
    setUrl({
      ...(patch.text !== undefined && { q: patch.text }),
      ...(patch.country !== undefined && { country: patch.country ?? '' }),
      ...(patch.relationKind !== undefined && { relation: patch.relationKind ?? '' }),
      ...(patch.status !== undefined && { status: patch.status ?? '' }),
      ...(patch.area !== undefined && { area: patch.area ?? '' }),
    });
  // Typing stays immediate; the table follows with the latest text.
  const deferredFilter = useDeferredValue(filter);

  const language = format.language;
  const shown = useMemo(() => {
    const names = new Map<string, string>();
    const country = (code: string) => names.get(code) ?? names.set(code, countryName(code, language)).get(code)!;
    const text = columnText({
      country,
      relationKind: (k) => t(`relationKind.${k}`, { defaultValue: k }),
      status: (k) => t(`status.${k}`, { defaultValue: k }),
      lastActivity: (id) => activity?.last.get(id),
    });
    return sortPartners(filterPartners(partners ?? [], deferredFilter), sort, text, language);
  }, [partners, deferredFilter, sort, activity, language, t]);

  const usedCountries = useMemo(() => {
    const present = new Set((partners ?? []).map((p) => p.country));
    return countries.filter((c) => present.has(c.value));
  }, [partners, countries]);

  // The seed areas and every custom area a partner uses, so each stored area can be filtered by.
  const areaChoices = useMemo(
    () =>
      listFieldChoices(
        (partners ?? []).map((p) => p.areas),
        cooperationAreas,
        (k) => t(`area.${k}`),
        { seed: t('field.areas'), custom: t('field.customAreas') },
        language,
        filter.area,
      ),
    [partners, language, t, filter.area],
  );

  const toggleSort = (column: SortColumn) =>
    setUrl({ sort: column, desc: sort.column === column && !sort.descending ? '1' : '' });

  return (
    <Stack gap="sm">
      <Letterhead printOnly />
      <Group justify="space-between">
        <Title order={1}>{t('title')}</Title>
        <Group gap="xs" className="partners-toolbar no-print">
          <Button {...lock} onClick={() => setAdding(true)} aria-keyshortcuts="Control+N">
            {t('actions.add')}
          </Button>
          <Button
            {...lock}
            variant="default"
            onClick={() => {
              setImportUsed(true);
              setImporting(true);
            }}
          >
            {t('actions.import')}
          </Button>
          <Button variant="default" onClick={() => void exportPartnersCsv(shown, labels, t('exportName'))}>
            {t('actions.exportCsv')}
          </Button>
          <Button variant="default" onClick={() => void exportPartnersXlsx(shown, labels, t('exportName'), t('title'))}>
            {t('actions.exportXlsx')}
          </Button>
          <Button variant="default" onClick={() => window.print()}>
            {t('actions.print')}
          </Button>
        </Group>
      </Group>
      <Group gap="sm" align="flex-end" className="partners-filters" role="search" aria-label={t('filters.label')}>
        <TextInput
          label={t('filter')}
          value={filter.text}
          onChange={(e) => set({ text: e.currentTarget.value })}
          w={240}
        />
        <Select
          comboboxProps={optionsWhenOpened}
          label={t('filters.country')}
          placeholder={t('filters.any')}
          data={usedCountries}
          value={filter.country}
          onChange={(v) => set({ country: v })}
          clearable
          searchable
          w={180}
        />
        <Select
          comboboxProps={optionsWhenOpened}
          label={t('filters.relationKind')}
          placeholder={t('filters.any')}
          value={filter.relationKind}
          clearable
          w={200}
          data={relationKinds.map((k) => ({ value: k, label: t(`relationKind.${k}`) }))}
          onChange={(v) => set({ relationKind: v })}
        />
        <Select
          comboboxProps={optionsWhenOpened}
          label={t('filters.status')}
          placeholder={t('filters.any')}
          value={filter.status}
          clearable
          w={160}
          data={partnerStatuses.map((k) => ({ value: k, label: t(`status.${k}`) }))}
          onChange={(v) => set({ status: v })}
        />
        <Select
          comboboxProps={optionsWhenOpened}
          label={t('filters.area')}
          placeholder={t('filters.any')}
          value={filter.area}
          clearable
          searchable
          w={220}
          data={areaChoices}
          onChange={(v) => set({ area: v })}
        />
        <Button variant="subtle" onClick={() => setUrl({ q: '', country: '', relation: '', status: '', area: '' })}>
          {t('filters.clear')}
        </Button>
      </Group>
      <Text size="sm" aria-live="polite">
        {tc('count.partner', { count: shown.length })}
      </Text>
      <PartnerTable
        rows={shown}
        sort={sort}
        onSort={toggleSort}
        lastActivity={activity?.last}
        dormant={activity?.dormant}
        dormantTitle={t('dormant.title', { count: months ?? 24 })}
      />
      <FormModal opened={adding} onClose={() => setAdding(false)} title={t('form.addTitle')} size="xl">
        {adding && (
          <Suspense fallback={null}>
            <PartnerForm
              onCancel={() => setAdding(false)}
              onSaved={(saved) => {
                setAdding(false);
                void navigate(`/partners/${saved.id}`);
              }}
            />
          </Suspense>
        )}
      </FormModal>
      {importUsed && (
        <Suspense fallback={null}>
          <ImportModal opened={importing} onClose={() => setImporting(false)} existing={partners ?? []} />
        </Suspense>
      )}
    </Stack>
  );
}
