// CSV import of partner towns: pick a file, map columns, preview per-line errors and duplicates, then store all or nothing.
// The file is handed to a worker of its own (the page keeps none of its bytes), read there with progress for each
// preview and again for Save; the page keeps only what the preview's table shows.
import { Alert, Box, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../shared/domain';
import { partnerColumns, type PartnerColumn } from '../../../shared/partners/columns';
import type { ColumnMapping, RowError } from '../../../shared/partners/csvImport';
import { CsvReading, type RowProgress } from '../../app/CsvReading';
import { notifyError, notifySuccess } from '../../app/notify';
import { VirtualTable } from '../../app/VirtualTable';
import { importPartners } from '../../db/repositories/partners';
import { platform } from '../../platform';
import { openPartnerFile, type PartnerFile, type PartnerPreview, type PartnerRun } from './csvBackground';
import { validationText } from './labels';
import { buildVocabulary } from './vocabulary';

const MAX_CSV_BYTES = 20 * 1024 * 1024;

interface Props {
  opened: boolean;
  onClose: () => void;
  existing: readonly Partner[];
}

/** A preview, with the stored partners its duplicate marks were made against (Save marks the same). */
type Preview = Extract<PartnerPreview, { ok: true }> & { existing: PartnerRun['existing'] };

/** The chosen file: its name and size, and the worker that holds its bytes. */
interface ChosenFile {
  name: string;
  size: number;
  held: PartnerFile;
}

export function ImportModal({ opened, onClose, existing }: Props) {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const vocabulary = useMemo(() => (opened ? buildVocabulary() : undefined), [opened]);
  const [file, setFile] = useState<ChosenFile | undefined>();
  /** What the worker is asked to build; a new one cancels the run before it. No mapping: guess it. */
  const [request, setRequest] = useState<{ file: ChosenFile; mapping?: ColumnMapping } | undefined>();
  const [progress, setProgress] = useState<RowProgress | undefined>();
  const [preview, setPreview] = useState<Preview | undefined>();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [skipDuplicates, setSkipDuplicates] = useState(true);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [busy, setBusy] = useState(false);
  // Read when a run starts, so a re-read of the list does not start the preview again.
  const stored = useRef(existing);
  stored.current = existing;
  /** Ends the reading for Save, if one runs. */
  const stopSave = useRef(() => undefined as void);
  /** The worker holding the chosen file, closed with the dialog or when another file is chosen. */
  const held = useRef<PartnerFile | undefined>(undefined);
  useEffect(() => () => held.current?.close(), []);

  const clear = () => {
    stopSave.current();
    held.current?.close();
    held.current = undefined;
    setRequest(undefined);
    setProgress(undefined);
    setFile(undefined);
    setPreview(undefined);
    setMapping({});
  };

  useEffect(() => {
    if (!request || !vocabulary) return;
    const { file, mapping } = request;
    setProgress({ rows: 0, read: 0, size: file.size });
    const existingKeys = stored.current.map(({ name, country }) => ({ name, country }));
    const run = file.held.preview(
      { kind: 'preview', ...(mapping ? { mapping } : {}), vocabulary, existing: existingKeys },
      setProgress,
    );
    let live = true;
    const unreadable = () => {
      clear();
      setProblem(t('import.unreadable'));
    };
    run.result
      .then((result) => {
        if (!live || !result) return;
        if (!result.ok) return unreadable();
        setProgress(undefined);
        if (result.rows.count === 0) setProblem(t('import.empty'));
        if (!request.mapping) setMapping(result.mapping);
        setPreview({ ...result, existing: existingKeys });
      })
      .catch(() => live && unreadable());
    return () => {
      live = false;
      run.cancel();
    };
  }, [request, vocabulary, t]);

  const rows = preview?.rows;
  const broken = rows?.withErrors ?? 0;
  const toStore = rows ? rows.count - rows.withErrors - (skipDuplicates ? rows.duplicates : 0) : 0;
  /** The rows in the table: all, or the places of those with a problem or a duplicate mark. */
  const shown = onlyProblems ? rows?.marked : undefined;
  const shownCount = shown ? shown.length : (rows?.count ?? 0);
  const placeOf = (i: number) => (shown ? shown[i]! : i);
  const headerIssues = preview?.headerIssues ?? [];

  const close = () => {
    clear();
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
    const { fileName, data } = result.value;
    setPreview(undefined);
    setMapping({});
    held.current?.close();
    // The bytes go to the file's worker: `data` is empty from here on.
    const chosen = { name: fileName, size: data.length, held: openPartnerFile(data) };
    held.current = chosen.held;
    setFile(chosen);
    setRequest({ file: chosen });
  };

  const remap = (column: PartnerColumn, index: number | undefined) => {
    if (!file) return;
    const next = { ...mapping, [column]: index };
    setMapping(next);
    setRequest({ file, mapping: next });
  };

  /** The drafts are built again from the file in the worker, for the mapping shown; all are stored or none. */
  const confirm = async () => {
    if (!file || !preview || !vocabulary) return;
    setBusy(true);
    const run = file.held.drafts(
      { kind: 'drafts', mapping, vocabulary, existing: preview.existing, skipDuplicates },
      () => undefined,
    );
    stopSave.current = run.cancel;
    try {
      const read = await run.result;
      if (!read) return;
      // The same file, mapping and marks as the preview: a different count means something changed underneath.
      if (!read.ok || read.drafts.length !== toStore) throw new Error('the file read differently for Save');
      const count = await importPartners(read.drafts);
      notifySuccess(t('import.done', { count }));
      close();
    } catch {
      notifyError(t('import.failed'));
    } finally {
      stopSave.current = () => undefined;
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
  const options = preview ? preview.header.map((h, i) => ({ value: String(i), label: h || `#${i + 1}` })) : [];

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
        {file && progress && (
          <CsvReading fileName={file.name} progress={progress} onCancel={preview ? undefined : clear} />
        )}
        {preview && (
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
                  onChange={(v) => remap(c, v === null ? undefined : Number(v))}
                />
              ))}
            </SimpleGrid>
            {mapping.name === undefined && <Alert color="orange">{t('import.nameRequired')}</Alert>}
            {headerIssues.length > 0 && (
              <Alert color="red" role="alert">
                {tc('csv.headerIssues', { issues: headerIssues.map(issueText).join('; ') })}
              </Alert>
            )}
            {broken > 0 && (
              <Alert color="red" role="alert">
                {t('import.errorsFound', { count: broken })}
              </Alert>
            )}
            <Checkbox
              size="xs"
              label={tc('csv.onlyProblems')}
              checked={onlyProblems}
              onChange={(e) => setOnlyProblems(e.currentTarget.checked)}
            />
            {/* A preview for the mapping before stays in view, dimmed, until the new one is ready. */}
            <Box aria-busy={progress ? true : undefined} style={{ opacity: progress ? 0.5 : 1 }}>
              <VirtualTable
                label={t('import.preview')}
                headers={[t('import.line'), t('field.name'), t('field.country'), t('import.problems')]}
                count={shownCount}
                rowKey={(i) => preview.rows.line(placeOf(i))}
                cells={(i) => {
                  const r = preview.rows.row(placeOf(i));
                  return (
                    <>
                      <Table.Td>{r.line}</Table.Td>
                      <Table.Td>{r.name}</Table.Td>
                      <Table.Td>{r.country}</Table.Td>
                      <Table.Td c={r.errors ? 'red' : r.duplicate ? 'orange' : undefined}>
                        {r.errors
                          ? r.errors.map(issueText).join('; ')
                          : r.duplicate
                            ? t(r.duplicate === 'existing' ? 'import.duplicateExisting' : 'import.duplicateFile')
                            : t('import.ok')}
                      </Table.Td>
                    </>
                  );
                }}
              />
            </Box>
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
                    progress !== undefined ||
                    broken > 0 ||
                    headerIssues.length > 0 ||
                    toStore === 0 ||
                    mapping.name === undefined
                  }
                >
                  {t('import.confirm', { count: toStore })}
                </Button>
              </Group>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
