// CSV import of participants: choose a file, see every line with its errors, import all or nothing.
// The file is handed to a worker of its own (the page keeps none of its bytes), checked there with progress and a
// Cancel, and read there again for Save; the page keeps only what the preview's table shows.
import { notifyFailure } from '../../app/failure';
import { Alert, Button, Checkbox, Group, List, Modal, Stack, Table, Text } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { participantRoles, type ParticipantRole } from '../../../shared/domain';
import type { CsvLineIssue } from '../../../shared/export/csv';
import { IMPORT_COLUMNS, type ImportColumn, type ImportError } from '../../../shared/exchanges/importCsv';
import { CsvReading, type RowProgress } from '../../app/CsvReading';
import { notifyError, notifySuccess } from '../../app/notify';
import { VirtualTable } from '../../app/VirtualTable';
import { importParticipants, type TownOption } from '../../db/repositories/participants';
import { resources } from '../../../shared/i18n/locales';
import { platform } from '../../platform';
import { openParticipantFile, type ParticipantFile, type ParticipantPreview } from './csvBackground';
import { saveCsv } from './files';

interface Props {
  eventId: string;
  occurrence: string;
  firstDay: string;
  towns: TownOption[];
  onClose: () => void;
}

const isCsvIssue = (code: string): code is CsvLineIssue['code'] =>
  code === 'extraCells' || code === 'controlChars' || code === 'quotes';

const langs = [resources.pl.exchanges, resources.en.exchanges];
const columnNames = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, langs.map((l) => l.import.column[c])])) as Record<
  ImportColumn,
  string[]
>;
/** A chosen file: its name and size, and the worker that holds its bytes. */
interface ChosenFile {
  name: string;
  size: number;
  held: ParticipantFile;
}

const roleNames = Object.fromEntries(participantRoles.map((r) => [r, langs.map((l) => l.role[r])])) as Record<
  ParticipantRole,
  string[]
>;

export function ImportModal({ eventId, occurrence, firstDay, towns, onClose }: Props) {
  const { t } = useTranslation('exchanges');
  const { t: tc } = useTranslation();
  /** The file being checked. */
  const [reading, setReading] = useState<ChosenFile | undefined>();
  const [progress, setProgress] = useState<RowProgress>({ rows: 0, read: 0, size: 0 });
  const [file, setFile] = useState<(ChosenFile & ParticipantPreview) | null>(null);
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  /** Ends the reading for Save, if one runs, when the dialog goes. */
  const stopSave = useRef(() => undefined as void);
  /** The worker holding the chosen file: closed with the dialog, on Cancel while reading, or for another file. */
  const held = useRef<ParticipantFile | undefined>(undefined);
  useEffect(
    () => () => {
      stopSave.current();
      held.current?.close();
    },
    [],
  );
  const letGo = () => {
    held.current?.close();
    held.current = undefined;
  };
  // Read when a check starts, so a re-read of the camp does not start it again.
  const context = useRef({ eventId, occurrence, firstDay, columnNames, roleNames, towns });
  context.current = { eventId, occurrence, firstDay, columnNames, roleNames, towns };

  useEffect(() => {
    if (!reading) return;
    setProgress({ rows: 0, read: 0, size: reading.size });
    const run = reading.held.check(context.current, setProgress);
    let live = true;
    run.result
      .then((preview) => {
        if (!live || !preview) return;
        setReading(undefined);
        setFile({ ...reading, ...preview });
      })
      .catch((error: unknown) => {
        if (!live) return;
        setReading(undefined);
        notifyFailure('import', error);
      });
    return () => {
      live = false;
      run.cancel();
    };
  }, [reading]);

  const choose = async () => {
    const opened = await platform.openFile({
      filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }],
      maxBytes: 5 * 1024 * 1024,
    });
    if (!opened.ok) return notifyError(tc(`file.${opened.error.code}`));
    if ('canceled' in opened.value) return;
    const { fileName, data } = opened.value;
    setFile(null);
    letGo();
    // The bytes go to the file's worker: `data` is empty from here on.
    held.current = openParticipantFile(data);
    setReading({ name: fileName, size: data.length, held: held.current });
  };

  /** Cancel while the file is read: nothing is chosen, and the worker lets the file go. */
  const cancelReading = () => {
    letGo();
    setReading(undefined);
  };

  const template = () => saveCsv(t('import.templateFile'), [IMPORT_COLUMNS.map((c) => t(`import.column.${c}`))]);

  /** The drafts are built again from the file in the worker; all are stored or none. */
  const confirm = async () => {
    if (!file?.ok) return;
    setBusy(true);
    try {
      const run = file.held.drafts(context.current);
      stopSave.current = run.cancel;
      const read = await run.result;
      if (!read) return;
      // The same file and camp as the check: a different result means something changed underneath.
      if (!read.ok || read.drafts.length !== file.rows.length) throw new Error('the file read differently for Save');
      const count = await importParticipants(read.drafts);
      notifySuccess(t('import.done', { count }));
      onClose();
    } catch (error) {
      notifyFailure('import', error);
    } finally {
      setBusy(false);
    }
  };

  const errorsByLine = useMemo(() => {
    const byLine = new Map<number, ImportError[]>();
    if (file) for (const e of file.errors) byLine.set(e.line, [...(byLine.get(e.line) ?? []), e]);
    return byLine;
  }, [file]);
  const errorsOf = (line: number) => errorsByLine.get(line) ?? [];
  /** Indexes of the data rows shown: all, or those with errors. */
  const shown = useMemo(() => {
    const all = file ? file.rows.map((_, i) => i) : [];
    return onlyErrors && file ? all.filter((i) => errorsByLine.has(file.rows[i]!.line)) : all;
  }, [file, onlyErrors, errorsByLine]);
  const describe = (e: ImportError) =>
    `${e.column ? `${t(`import.column.${e.column}`)}: ` : ''}${
      isCsvIssue(e.code) ? tc(`csv.${e.code}`, { count: e.count }) : t(`import.error.${e.code}`)
    }`;

  return (
    <Modal opened onClose={onClose} size="100%" title={t('import.title')}>
      <Stack>
        <Text size="sm">{t('import.help')}</Text>
        <Group>
          <Button onClick={() => void choose()}>{t('import.choose')}</Button>
          <Button variant="default" onClick={() => void template()}>
            {t('import.template')}
          </Button>
        </Group>
        {reading && <CsvReading fileName={reading.name} progress={progress} onCancel={cancelReading} />}
        {file && (
          <>
            <Alert color={file.ok ? 'green' : 'red'} title={file.name}>
              {file.ok
                ? t('import.ready', { count: file.rows.length })
                : t('import.hasErrors', { count: file.errors.length })}
            </Alert>
            {file.errors.some((e) => e.line === 1) && (
              <List size="sm">
                {errorsOf(1).map((e, i) => (
                  <List.Item key={i}>{describe(e)}</List.Item>
                ))}
              </List>
            )}
            {!file.ok && (
              <Checkbox
                size="xs"
                label={tc('csv.onlyProblems')}
                checked={onlyErrors}
                onChange={(e) => setOnlyErrors(e.currentTarget.checked)}
              />
            )}
            {file.rows.length > 0 && (
              <VirtualTable
                label={t('import.preview')}
                headers={[
                  t('import.line'),
                  t('field.name'),
                  t('field.birthDate'),
                  t('field.role'),
                  t('field.sendingTown'),
                  t('import.errors'),
                ]}
                count={shown.length}
                height={480}
                rowKey={(k) => file.rows[shown[k]!]!.line}
                rowProps={(k) =>
                  errorsByLine.has(file.rows[shown[k]!]!.line) ? { bg: 'var(--mantine-color-red-light)' } : {}
                }
                cells={(k) => {
                  // A bad line still says whom it is about, with the name as the file gives it.
                  const { line, name, birthDate, role, sendingTown } = file.rows[shown[k]!]!;
                  return (
                    <>
                      <Table.Td>{line}</Table.Td>
                      <Table.Td>{name || '—'}</Table.Td>
                      <Table.Td>{birthDate ?? '—'}</Table.Td>
                      <Table.Td>{role ? t(`role.${role}`) : '—'}</Table.Td>
                      <Table.Td>{sendingTown ? towns.find((x) => x.ref === sendingTown)?.name : '—'}</Table.Td>
                      <Table.Td>{errorsOf(line).map(describe).join('; ')}</Table.Td>
                    </>
                  );
                }}
              />
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('actions.cancel')}
          </Button>
          <Button disabled={!file?.ok} loading={busy} onClick={() => void confirm()}>
            {t('import.confirm', { count: file?.ok ? file.rows.length : 0 })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
