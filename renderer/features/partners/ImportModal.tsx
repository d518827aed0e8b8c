// CSV import of partner towns: pick a file, map columns, preview per-line errors and duplicates, then store all or nothing.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../shared/domain';
import { decodeText, issuesByLine, readCsv, type ParsedCsv } from '../../../shared/export/csv';
import { partnerColumns, type PartnerColumn } from '../../../shared/partners/columns';
import {
  guessMapping,
  lineIssueError,
  markDuplicates,
  parsePartnerRows,
  type ColumnMapping,
  type ImportRow,
  type RowError,
} from '../../../shared/partners/csvImport';
import { notifyError, notifySuccess } from '../../app/notify';
import { importPartners } from '../../db/repositories/partners';
import { platform } from '../../platform';
import { validationText } from './labels';
import { buildVocabulary } from './vocabulary';

const MAX_CSV_BYTES = 20 * 1024 * 1024;

interface Props {
  opened: boolean;
  onClose: () => void;
  existing: readonly Partner[];
}

export function ImportModal({ opened, onClose, existing }: Props) {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const vocabulary = useMemo(() => (opened ? buildVocabulary() : undefined), [opened]);
  const [file, setFile] = useState<{ name: string; csv: ParsedCsv } | undefined>();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [skipDuplicates, setSkipDuplicates] = useState(true);
  const [busy, setBusy] = useState(false);

  const rows: ImportRow[] = useMemo(() => {
    if (!file || !vocabulary) return [];
    return markDuplicates(parsePartnerRows(file.csv, mapping, vocabulary), existing);
  }, [file, mapping, vocabulary, existing]);
  const broken = rows.filter((r) => r.errors.length > 0);
  const toStore = rows.filter((r) => r.draft && !(skipDuplicates && r.duplicate));

  const close = () => {
    setFile(undefined);
    setMapping({});
    setProblem(undefined);
    onClose();
  };

  const choose = async () => {
    setProblem(undefined);
    const result = await platform.openFile({
      filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }],
      maxBytes: MAX_CSV_BYTES,
    });
    if (!result.ok) return setProblem(tc(`file.${result.error.code}`));
    if ('canceled' in result.value || !vocabulary) return;
    try {
      const csv = readCsv(decodeText(result.value.data));
      if (csv.rows.length === 0) setProblem(t('import.empty'));
      setFile({ name: result.value.fileName, csv });
      setMapping(guessMapping(csv.header, vocabulary));
    } catch {
      setProblem(t('import.unreadable'));
    }
  };

  const confirm = async () => {
    setBusy(true);
    try {
      const count = await importPartners(toStore.flatMap((r) => (r.draft ? [r.draft] : [])));
      notifySuccess(t('import.done', { count }));
      close();
    } catch {
      notifyError(t('import.failed'));
    } finally {
      setBusy(false);
    }
  };

  const columnLabel = (c: PartnerColumn) => t(`field.${c}`);
  const issueText = (e: RowError) =>
    e.column === undefined
      ? tc(e.code, { count: e.count })
      : t(e.value ? 'import.issue' : 'import.issueNoValue', {
          column: columnLabel(e.column),
          message: validationText(e.code),
          value: e.value,
        });
  const rowOfLine = useMemo(() => new Map(file?.csv.lines.map((line, i) => [line, i])), [file]);
  const headerIssues = useMemo(() => (file ? issuesByLine(file.csv).header.map(lineIssueError) : []), [file]);
  const raw = (line: number, column: PartnerColumn) => {
    const index = mapping[column];
    const row = rowOfLine.get(line);
    return index === undefined || row === undefined ? '' : (file?.csv.rows[row]?.[index] ?? '');
  };
  const options = file ? file.csv.header.map((h, i) => ({ value: String(i), label: h || `#${i + 1}` })) : [];

  return (
    <Modal opened={opened} onClose={close} title={t('import.title')} size="90%">
      <Stack gap="sm">
        <Group>
          <Button onClick={() => void choose()}>{t('import.choose')}</Button>
          {file && <Text size="sm">{t('import.file', { name: file.name })}</Text>}
        </Group>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {file && (
          <>
            <Text fw={600} size="sm">
              {t('import.mapping')}
            </Text>
            <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
              {partnerColumns.map((c) => (
                <Select
                  key={c}
                  size="xs"
                  label={columnLabel(c)}
                  placeholder={t('import.notMapped')}
                  clearable
                  data={options}
                  value={mapping[c] === undefined ? null : String(mapping[c])}
                  onChange={(v) => setMapping((m) => ({ ...m, [c]: v === null ? undefined : Number(v) }))}
                />
              ))}
            </SimpleGrid>
            {mapping.name === undefined && <Alert color="orange">{t('import.nameRequired')}</Alert>}
            {headerIssues.length > 0 && (
              <Alert color="red" role="alert">
                {tc('csv.headerIssues', { issues: headerIssues.map(issueText).join('; ') })}
              </Alert>
            )}
            {broken.length > 0 && (
              <Alert color="red" role="alert">
                {t('import.errorsFound', { count: broken.length })}
              </Alert>
            )}
            <ScrollArea.Autosize mah={360}>
              <Table fz="xs" verticalSpacing={2} aria-label={t('import.preview')} striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('import.line')}</Table.Th>
                    <Table.Th>{t('field.name')}</Table.Th>
                    <Table.Th>{t('field.country')}</Table.Th>
                    <Table.Th>{t('import.problems')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.line}>
                      <Table.Td>{r.line}</Table.Td>
                      <Table.Td>{r.draft?.name ?? raw(r.line, 'name')}</Table.Td>
                      <Table.Td>{r.draft?.country ?? raw(r.line, 'country')}</Table.Td>
                      <Table.Td c={r.errors.length ? 'red' : r.duplicate ? 'orange' : undefined}>
                        {r.errors.length > 0
                          ? r.errors.map(issueText).join('; ')
                          : r.duplicate
                            ? t(r.duplicate === 'existing' ? 'import.duplicateExisting' : 'import.duplicateFile')
                            : t('import.ok')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
            <Group justify="space-between">
              <Checkbox
                label={t('import.skipDuplicates')}
                checked={skipDuplicates}
                onChange={(e) => setSkipDuplicates(e.currentTarget.checked)}
              />
              <Group>
                <Button variant="default" onClick={close}>
                  {tc('actions.cancel')}
                </Button>
                <Button
                  onClick={() => void confirm()}
                  loading={busy}
                  disabled={
                    broken.length > 0 || headerIssues.length > 0 || toStore.length === 0 || mapping.name === undefined
                  }
                >
                  {t('import.confirm', { count: toStore.length })}
                </Button>
              </Group>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
