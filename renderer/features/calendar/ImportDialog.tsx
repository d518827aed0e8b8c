// Import of a partner's ICS calendar: refuse a malformed file, else preview, choose events, map kinds and partners.
import { Alert, Button, Checkbox, Group, Modal, MultiSelect, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventKinds, type EventKind, type Partner } from '../../../shared/domain';
import type { ImportedEvent } from '../../../shared/export/icsRead';
import { notifySuccess } from '../../app/notify';
import { eventsForIcsUids, importEvents } from '../../db/repositories/events';
import { useFormat } from '../../i18n/format';
import { openIcs } from './icsFile';
import { defaultPicks, toInput } from './icsImport';

export type ImportState =
  | { step: 'error'; message: string }
  /** `known[i]`: the event's UID is already in the calendar (an earlier import or our own export). */
  | { step: 'preview'; fileName: string; events: ImportedEvent[]; known: boolean[] };

/** Opens a file and reads it; the result drives the dialog (nothing is stored yet). */
export async function startImport(): Promise<ImportState | undefined> {
  const file = await openIcs();
  if (!file) return undefined;
  const { readIcs, IcsReadError } = await import('../../../shared/export/icsRead');
  const t = (await import('../../i18n')).i18n.getFixedT(null, 'calendar');
  let events: ImportedEvent[];
  try {
    events = readIcs(file.text);
  } catch (error) {
    const code = error instanceof IcsReadError ? error.code : 'malformed';
    return { step: 'error', message: t(`import.${code}`) };
  }
  const existing = await eventsForIcsUids(events.flatMap((e) => (e.uid ? [e.uid] : [])));
  return {
    step: 'preview',
    fileName: file.fileName,
    events,
    known: events.map((e) => e.uid !== undefined && existing.has(e.uid)),
  };
}

interface Props {
  state: ImportState;
  partners: Partner[];
  onClose: () => void;
}

export function ImportDialog({ state, partners, onClose }: Props) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('import.title')} size="xl">
      {state.step === 'error' ? (
        <Stack>
          <Alert color="red" role="alert" title={tc('actions.import')}>
            {state.message}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{tc('actions.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <Preview
          fileName={state.fileName}
          events={state.events}
          known={state.known}
          partners={partners}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

interface PreviewProps {
  fileName: string;
  events: ImportedEvent[];
  known: boolean[];
  partners: Partner[];
  onClose: () => void;
}

function Preview({ fileName, events, known, partners, onClose }: PreviewProps) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  const [picked, setPicked] = useState<Set<number>>(() => defaultPicks(known));
  const [kinds, setKinds] = useState<EventKind[]>(() => events.map((e) => e.kind ?? 'other'));
  const [partnerIds, setPartnerIds] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const kindOptions = eventKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }));
  const when = (e: ImportedEvent) => {
    const first = fmt.date(e.start.slice(0, 10), 'P');
    const last = e.end.slice(0, 10) !== e.start.slice(0, 10) ? ` – ${fmt.date(e.end.slice(0, 10), 'P')}` : '';
    return e.allDay ? first + last : `${first} ${e.start.slice(11, 16)}${last}`;
  };
  /** What the row's title cell adds: repetition and changed occurrences (grey), duplicates and losses (orange). */
  const notes = (e: ImportedEvent, i: number): [string, boolean][] => [
    ...(known[i] ? [[t('import.known'), true] as [string, boolean]] : []),
    ...(e.recurrence ? [[t(`details.repeat.${e.recurrence.freq}`), false] as [string, boolean]] : []),
    ...(e.recurrence && e.exceptions.length
      ? [[t('import.exceptions', { count: e.exceptions.length }), false] as [string, boolean]]
      : []),
    ...e.notes.map((n): [string, boolean] => [t(`import.notes.${n}`), true]),
  ];
  const toggle = (i: number, on: boolean) =>
    setPicked((s) => {
      const n = new Set(s);
      if (on) n.add(i);
      else n.delete(i);
      return n;
    });

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const inputs = events.flatMap((e, i) =>
        picked.has(i) ? [toInput(e, kinds[i]!, partnerIds, t('import.untitled'))] : [],
      );
      await importEvents(inputs);
      notifySuccess(t('import.done', { count: inputs.length }));
      onClose();
    } catch {
      setError(t('import.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t('import.file', { name: fileName })}</Text>
      <Text fw={600}>{t('import.choose')}</Text>
      <Checkbox
        label={t('import.all')}
        checked={picked.size === events.length}
        indeterminate={picked.size > 0 && picked.size < events.length}
        onChange={(e) => setPicked(e.currentTarget.checked ? new Set(events.map((_, i) => i)) : new Set())}
      />
      <MultiSelect
        label={t('import.partner')}
        data={partners.map((p) => ({ value: p.id, label: p.name }))}
        value={partnerIds}
        onChange={setPartnerIds}
        searchable
        clearable
      />
      <Table aria-label={t('import.preview')} striped verticalSpacing={2}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.columns.pick')}</Table.Th>
            <Table.Th>{t('import.columns.title')}</Table.Th>
            <Table.Th>{t('import.columns.when')}</Table.Th>
            <Table.Th>{t('import.columns.place')}</Table.Th>
            <Table.Th>{t('form.kind')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((e, i) => (
            <Table.Tr key={`${e.uid ?? ''}-${i}`}>
              <Table.Td>
                <Checkbox
                  aria-label={t('import.pick', { title: e.title || t('import.untitled') })}
                  checked={picked.has(i)}
                  onChange={(ev) => toggle(i, ev.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>
                {e.title || t('import.untitled')}
                {notes(e, i).map(([n, warn]) => (
                  <Text key={n} size="xs" c={warn ? 'orange.9' : 'dimmed'}>
                    {n}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td>{when(e)}</Table.Td>
              <Table.Td>{e.location ?? ''}</Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={`${t('form.kind')}: ${e.title || t('import.untitled')}`}
                  data={kindOptions}
                  value={kinds[i]}
                  allowDeselect={false}
                  onChange={(v) => v && setKinds((k) => k.map((x, j) => (j === i ? (v as EventKind) : x)))}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {tc('actions.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={busy} disabled={picked.size === 0}>
          {t('import.submit', { count: picked.size })}
        </Button>
      </Group>
    </Stack>
  );
}
