// CSV import of participants: choose a file, see every line with its errors, import all or nothing.
import { notifyFailure } from '../../app/failure';
import { Alert, Button, Group, List, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { participantRoles, type ParticipantRole } from '../../../shared/domain';
import { decodeText, readCsv, type CsvLineIssue } from '../../../shared/export/csv';
import {
  IMPORT_COLUMNS,
  validateImport,
  type ImportColumn,
  type ImportError,
  type ImportResult,
} from '../../../shared/exchanges/importCsv';
import { notifyError, notifySuccess } from '../../app/notify';
import { importParticipants, type TownOption } from '../../db/repositories/participants';
import { resources } from '../../../shared/i18n/locales';
import { platform } from '../../platform';
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
  const [file, setFile] = useState<{ name: string; result: ImportResult; lines: number[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async () => {
    const opened = await platform.openFile({
      filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }],
      maxBytes: 5 * 1024 * 1024,
    });
    if (!opened.ok) return notifyError(tc(`file.${opened.error.code}`));
    if ('canceled' in opened.value) return;
    const csv = readCsv(decodeText(opened.value.data));
    const result = validateImport(csv, { eventId, occurrence, firstDay, columnNames, roleNames, towns });
    setFile({ name: opened.value.fileName, result, lines: csv.lines });
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
  const errorsOf = (line: number) => (result && !result.ok ? result.errors.filter((e) => e.line === line) : []);
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
            {file.lines.length > 0 && (
              <Table striped aria-label={t('import.preview')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('import.line')}</Table.Th>
                    <Table.Th>{t('field.name')}</Table.Th>
                    <Table.Th>{t('field.birthDate')}</Table.Th>
                    <Table.Th>{t('field.role')}</Table.Th>
                    <Table.Th>{t('field.sendingTown')}</Table.Th>
                    <Table.Th>{t('import.errors')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {file.lines.map((line, i) => {
                    const draft = result.drafts[i];
                    const errs = errorsOf(line);
                    // A bad line still says whom it is about, with the name as the file gives it.
                    const named = draft ?? (result.ok ? undefined : result.names[i]);
                    const name = named ? `${named.lastName} ${named.firstName}`.trim() : '';
                    return (
                      <Table.Tr key={i} bg={errs.length > 0 ? 'var(--mantine-color-red-light)' : undefined}>
                        <Table.Td>{line}</Table.Td>
                        <Table.Td>{name || '—'}</Table.Td>
                        <Table.Td>{draft?.birthDate ?? '—'}</Table.Td>
                        <Table.Td>{draft ? t(`role.${draft.role}`) : '—'}</Table.Td>
                        <Table.Td>{draft ? towns.find((x) => x.ref === draft.sendingTown)?.name : '—'}</Table.Td>
                        <Table.Td>{errs.map(describe).join('; ')}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
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
