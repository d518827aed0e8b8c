// CSV import of participants: choose a file, see every line with its errors, import all or nothing.
// The file is checked off the main thread (a worker) with progress and a Cancel.
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
import { checkParticipantsInBackground, type ParticipantPreview } from './csvBackground';
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
const roleNames = Object.fromEntries(participantRoles.map((r) => [r, langs.map((l) => l.role[r])])) as Record<
  ParticipantRole,
  string[]
>;

export function ImportModal({ eventId, occurrence, firstDay, towns, onClose }: Props) {
  const { t } = useTranslation('exchanges');
  const { t: tc } = useTranslation();
  const [reading, setReading] = useState<{ name: string; bytes: Uint8Array } | undefined>();
  const [progress, setProgress] = useState<RowProgress>({ done: 0, total: 0 });
  const [file, setFile] = useState<({ name: string } & ParticipantPreview) | null>(null);
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  // Read when a check starts, so a re-read of the camp does not start it again.
  const context = useRef({ eventId, occurrence, firstDay, columnNames, roleNames, towns });
  context.current = { eventId, occurrence, firstDay, columnNames, roleNames, towns };

  useEffect(() => {
    if (!reading) return;
    setProgress({ done: 0, total: 0 });
    const run = checkParticipantsInBackground({ bytes: reading.bytes, context: context.current }, (done, total) =>
      setProgress({ done, total }),
    );
    let live = true;
    run.result
      .then((preview) => {
        if (!live || !preview) return;
        setReading(undefined);
        setFile({ name: reading.name, ...preview });
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
    setFile(null);
    setReading({ name: opened.value.fileName, bytes: opened.value.data });
  };

  const template = () => saveCsv(t('import.templateFile'), [IMPORT_COLUMNS.map((c) => t(`import.column.${c}`))]);

  const confirm = async () => {
    if (!file?.result.ok) return;
    setBusy(true);
    try {
      const count = await importParticipants(file.result.drafts);
      notifySuccess(t('import.done', { count }));
      onClose();
    } catch (error) {
      notifyFailure('import', error);
    } finally {
      setBusy(false);
    }
  };

  const result = file?.result;
  const errorsByLine = useMemo(() => {
    const byLine = new Map<number, ImportError[]>();
    if (result && !result.ok) for (const e of result.errors) byLine.set(e.line, [...(byLine.get(e.line) ?? []), e]);
    return byLine;
  }, [result]);
  const errorsOf = (line: number) => errorsByLine.get(line) ?? [];
  /** Indexes of the data rows shown: all, or those with errors. */
  const shown = useMemo(() => {
    const all = file ? file.lines.map((_, i) => i) : [];
    return onlyErrors && file ? all.filter((i) => errorsByLine.has(file.lines[i]!)) : all;
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
        {reading && <CsvReading fileName={reading.name} progress={progress} onCancel={() => setReading(undefined)} />}
        {file && result && (
          <>
            <Alert color={result.ok ? 'green' : 'red'} title={file.name}>
              {result.ok
                ? t('import.ready', { count: result.drafts.length })
                : t('import.hasErrors', { count: result.errors.length })}
            </Alert>
            {!result.ok && result.errors.some((e) => e.line === 1) && (
              <List size="sm">
                {errorsOf(1).map((e, i) => (
                  <List.Item key={i}>{describe(e)}</List.Item>
                ))}
              </List>
            )}
            {!result.ok && (
              <Checkbox
                size="xs"
                label={tc('csv.onlyProblems')}
                checked={onlyErrors}
                onChange={(e) => setOnlyErrors(e.currentTarget.checked)}
              />
            )}
            {file.lines.length > 0 && (
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
                rowKey={(k) => file.lines[shown[k]!]!}
                rowProps={(k) =>
                  errorsByLine.has(file.lines[shown[k]!]!) ? { bg: 'var(--mantine-color-red-light)' } : {}
                }
                cells={(k) => {
                  const i = shown[k]!;
                  const line = file.lines[i]!;
                  const draft = result.drafts[i];
                  // A bad line still says whom it is about, with the name as the file gives it.
                  const named = draft ?? (result.ok ? undefined : result.names[i]);
                  const name = named ? `${named.lastName} ${named.firstName}`.trim() : '';
                  return (
                    <>
                      <Table.Td>{line}</Table.Td>
                      <Table.Td>{name || '—'}</Table.Td>
                      <Table.Td>{draft?.birthDate ?? '—'}</Table.Td>
                      <Table.Td>{draft ? t(`role.${draft.role}`) : '—'}</Table.Td>
                      <Table.Td>{draft ? towns.find((x) => x.ref === draft.sendingTown)?.name : '—'}</Table.Td>
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
          <Button disabled={!result?.ok} loading={busy} onClick={() => void confirm()}>
            {t('import.confirm', { count: result?.ok ? result.drafts.length : 0 })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
