// The annual report: a period, the figures as tables and charts, and exports in Polish or English.
import { DateField } from '../../app/DateField';
import { Button, Card, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { letterheadLines } from '../../../shared/domain';
import type { Language } from '../../../shared/ipc';
import type { Period } from '../../../shared/reports/annual';
import { reportTables, type RecordLink } from '../../../shared/reports/tables';
import { loadAnnualReport } from '../../db/repositories/reports';
import { i18n, loadLanguage } from '../../i18n';
import { formatDate, useFormat } from '../../i18n/format';
import { ReportCharts } from './ReportCharts';
import { SummaryCards } from './SummaryCards';
import { chartSpecs } from './chartSpecs';
import { ReportTableView } from './ReportTableView';
import { RecordsModal } from './RecordsModal';
import { saveReportCsv, saveReportPdf, saveReportXlsx } from './exportReport';
import { reportText } from './reportText';
import { currentTime } from '../../app/today';

const yearPeriod = (year: number): Period => ({ from: `${year}-01-01`, to: `${year}-12-31` });

export function ReportsPage() {
  const { t } = useTranslation('reports');
  const format = useFormat();
  const [year, setYear] = useState(currentTime().getFullYear());
  const [custom, setCustom] = useState<Period>({ from: '', to: '' });
  const [applied, setApplied] = useState<Period | null>(null);
  const [exportLanguage, setExportLanguage] = useState<Language>(format.language);
  const [open, setOpen] = useState<{ link: RecordLink; title: string } | null>(null);
  const period = applied ?? yearPeriod(year);
  const result = useLiveQuery(() => loadAnnualReport(period), [period.from, period.to]);
  // While another period loads, the previous one's figures must not be shown or exported under the new title.
  const loaded =
    result?.report.period.from === period.from && result.report.period.to === period.to ? result : undefined;
  const tables = useMemo(
    () => (loaded ? reportTables(loaded.report, reportText(format.language, loaded.partnerNames)) : []),
    [loaded, format.language],
  );
  /** The tables in the export's language, whose strings may not be loaded yet. */
  const exportTables = async () => {
    await loadLanguage(exportLanguage);
    return loaded ? reportTables(loaded.report, reportText(exportLanguage, loaded.partnerNames)) : [];
  };
  /** The files' name in the export's language (call after exportTables has loaded its strings). */
  const baseName = () => i18n.getFixedT(exportLanguage, 'reports')('fileName', { from: period.from, to: period.to });
  const exportPdf = async () => {
    if (!loaded) return;
    const tables = await exportTables();
    const te = i18n.getFixedT(exportLanguage, 'reports');
    const subtitle = te('subtitle', {
      home: loaded.homeName,
      context: loaded.homeName ? undefined : 'noHome',
      from: formatDate(period.from, exportLanguage, 'short'),
      to: formatDate(period.to, exportLanguage, 'short'),
    });
    await saveReportPdf(
      {
        title: te('heading'),
        subtitle,
        generated: te('generated', { date: formatDate(currentTime().toISOString(), exportLanguage, 'shortTime') }),
        header: [loaded.homeName, loaded.home.officeName, te('heading')].filter(Boolean).join(' · '),
        page: te('page'),
        tables,
        emptyText: te('empty'),
        letterhead: {
          lines: letterheadLines(loaded.home),
          ...(loaded.home.logo ? { logo: loaded.home.logo } : {}),
          logoAlt: loaded.home.name,
        },
      },
      exportLanguage,
      baseName(),
    );
  };
  const customInvalid = custom.from !== '' && custom.to !== '' && custom.from > custom.to;

  return (
    <Stack data-report-ready={loaded ? `${period.from}/${period.to}` : undefined}>
      <Title order={1}>{t('heading')}</Title>
      <Card withBorder className="no-print">
        <Group align="flex-end" wrap="wrap">
          <NumberInput
            label={t('period.year')}
            value={year}
            min={1950}
            max={2200}
            w={110}
            onChange={(v) => {
              if (typeof v === 'number' && v >= 1950 && v <= 2200) {
                setYear(v);
                setApplied(null);
              }
            }}
          />
          <DateField
            label={t('period.from')}
            value={custom.from}
            onChange={(e) => setCustom({ ...custom, from: e.currentTarget.value })}
          />
          <DateField
            label={t('period.to')}
            value={custom.to}
            error={customInvalid ? t('period.invalid') : undefined}
            onChange={(e) => setCustom({ ...custom, to: e.currentTarget.value })}
          />
          <Button
            variant="default"
            disabled={!custom.from || !custom.to || customInvalid}
            onClick={() => setApplied(custom)}
          >
            {t('period.custom')}
          </Button>
          {applied && (
            <Button variant="subtle" onClick={() => setApplied(null)}>
              {t('period.wholeYear')}
            </Button>
          )}
        </Group>
        <Group align="flex-end" mt="sm" wrap="wrap">
          <NativeSelect
            label={t('exportLanguage')}
            value={exportLanguage}
            onChange={(e) => setExportLanguage(e.currentTarget.value === 'en' ? 'en' : 'pl')}
            data={[
              { value: 'pl', label: 'Polski' },
              { value: 'en', label: 'English' },
            ]}
          />
          <Button disabled={!loaded} onClick={() => void exportPdf()}>
            {t('actions.pdf')}
          </Button>
          <Button
            variant="default"
            disabled={!loaded}
            onClick={() => void exportTables().then((t) => saveReportCsv(t, baseName()))}
          >
            {t('actions.csv')}
          </Button>
          <Button
            variant="default"
            disabled={!loaded}
            onClick={() => void exportTables().then((t) => saveReportXlsx(t, baseName()))}
          >
            {t('actions.xlsx')}
          </Button>
        </Group>
      </Card>
      {loaded && (
        <>
          <Text size="sm">
            {t('subtitle', {
              home: loaded.homeName,
              context: loaded.homeName ? undefined : 'noHome',
              from: format.date(period.from, 'short'),
              to: format.date(period.to, 'short'),
            })}
          </Text>
          <SummaryCards report={loaded.report} onOpen={(link, title) => setOpen({ link, title })} />
          <ReportCharts specs={chartSpecs(loaded.report, tables, t)} />
          <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
            {tables.map((table) => (
              <ReportTableView key={table.id} table={table} onOpen={(link, title) => setOpen({ link, title })} />
            ))}
          </SimpleGrid>
        </>
      )}
      <RecordsModal link={open?.link ?? null} title={open?.title ?? ''} onClose={() => setOpen(null)} />
    </Stack>
  );
}
