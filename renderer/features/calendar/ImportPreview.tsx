// The ICS import preview: a virtualised table of the file's events (thousands stay smooth), each with its
// notes, kind and, for a repeat the app cannot store, the choice to import its dates as single events. The page keeps
// only the rows; Save has the chosen events read again from the file by its worker, then stores them all or none.
import { Alert, Button, Checkbox, Group, MultiSelect, Select, Stack, Table, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventKinds, type EventKind, type Partner } from '../../../shared/domain';
import { notifySuccess } from '../../app/notify';
import { VirtualTable } from '../../app/VirtualTable';
import { importEvents } from '../../db/repositories/events';
import { useFormat } from '../../i18n/format';
import type { IcsFile } from './icsBackground';
import { defaultPicks, toInputs } from './icsImport';
import type { IcsRow, IcsRowsPreview } from './icsRows';
import { ImportNotices, useNoteText } from './ImportNotices';

const VIEW_HEIGHT = 420;
const ROW_HEIGHT = 64;

interface Props {
  fileName: string;
  preview: IcsRowsPreview;
  known: boolean[];
  /** The worker holding the file, which reads the chosen events for Save as of `today`. */
  file: IcsFile;
  today: string;
  partners: Partner[];
  onClose: () => void;
}

export function ImportPreview({ fileName, preview, known, file, today, partners, onClose }: Props) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  const noteText = useNoteText();
  const events = preview.rows;
  const [picked, setPicked] = useState<Set<number>>(() => defaultPicks(known));
  const [kinds, setKinds] = useState<EventKind[]>(() => events.map((e) => e.kind ?? 'other'));
  const [singles, setSingles] = useState<Set<number>>(() => new Set(events.flatMap((e, i) => (e.singles ? [i] : []))));
  const [partnerIds, setPartnerIds] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  /** Ends Save's reading, if one runs, when the dialog goes. */
  const stopSave = useRef(() => undefined as void);
  useEffect(() => () => stopSave.current(), []);
  const kindOptions = eventKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }));
  const when = (e: IcsRow) => {
    const first = fmt.date(e.start.slice(0, 10), 'short');
    const last = e.end.slice(0, 10) !== e.start.slice(0, 10) ? ` – ${fmt.date(e.end.slice(0, 10), 'short')}` : '';
    return e.allDay ? first + last : `${first} ${e.start.slice(11, 16)}${last}`;
  };
  const toggle = (set: (f: (s: Set<number>) => Set<number>) => void, i: number, on: boolean) =>
    set((s) => {
      const n = new Set(s);
      if (on) n.add(i);
      else n.delete(i);
      return n;
    });
  const storedCount = [...picked].reduce(
    (n, i) => n + (singles.has(i) && events[i]!.singles ? events[i]!.singles.count : 1),
    0,
  );

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const picks = [...picked].sort((a, b) => a - b);
      const run = file.picked(today, picks);
      stopSave.current = run.cancel;
      const read = await run.result;
      // The dialog closed while the file was read: nothing is stored.
      if (!read) return;
      if (!read.ok) throw new Error('The file did not give the events chosen');
      const inputs = read.events.flatMap((e, j) => {
        const i = picks[j]!;
        return toInputs(e, { kind: kinds[i]!, partnerIds, asSingles: singles.has(i) }, partners, t('import.untitled'));
      });
      await importEvents(inputs);
      notifySuccess(t('import.done', { count: inputs.length }));
      onClose();
    } catch {
      setError(t('import.failed'));
    } finally {
      setBusy(false);
    }
  };

  const row = (i: number) => {
    const e = events[i]!;
    const title = e.title || t('import.untitled');
    const notes: [string, boolean][] = [
      ...(known[i] ? [[t('import.known'), true] as [string, boolean]] : []),
      ...(e.recurrence
        ? [
            [t(`details.repeat.${e.recurrence.freq}`, { count: e.recurrence.interval ?? 1 }), false] as [
              string,
              boolean,
            ],
          ]
        : []),
      ...(e.recurrence && e.exceptions
        ? [[t('import.exceptions', { count: e.exceptions }), false] as [string, boolean]]
        : []),
      ...e.notes.map((n): [string, boolean] => [noteText(n), true]),
    ];
    const s = e.singles;
    return (
      <>
        <Table.Td>
          <Checkbox
            aria-label={t('import.pick', { title })}
            checked={picked.has(i)}
            onChange={(ev) => toggle(setPicked, i, ev.currentTarget.checked)}
          />
        </Table.Td>
        <Table.Td>
          {title}
          {notes.map(([n, warn]) => (
            <Text key={n} size="xs" c={warn ? 'orange.9' : 'dimmed'}>
              {n}
            </Text>
          ))}
          {s && (
            <Checkbox
              size="xs"
              mt={2}
              aria-label={t('import.asSinglesFor', { title })}
              label={`${t('import.asSingles', { count: s.count })}${
                s.cut ? ` ${t('import.asSinglesCut', { date: fmt.date(s.last.slice(0, 10), 'short') })}` : ''
              }`}
              checked={singles.has(i)}
              onChange={(ev) => toggle(setSingles, i, ev.currentTarget.checked)}
            />
          )}
        </Table.Td>
        <Table.Td>{when(e)}</Table.Td>
        <Table.Td>{e.location ?? ''}</Table.Td>
        <Table.Td>
          <Select
            size="xs"
            aria-label={`${t('form.kind')}: ${title}`}
            data={kindOptions}
            value={kinds[i]}
            allowDeselect={false}
            onChange={(v) => v && setKinds((k) => k.map((x, j) => (j === i ? (v as EventKind) : x)))}
          />
        </Table.Td>
      </>
    );
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t('import.file', { name: fileName })}</Text>
      <ImportNotices preview={preview} />
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
      <VirtualTable
        label={t('import.preview')}
        headers={[
          t('import.columns.pick'),
          t('import.columns.title'),
          t('import.columns.when'),
          t('import.columns.place'),
          t('form.kind'),
        ]}
        count={events.length}
        cells={row}
        rowKey={(i) => i}
        height={VIEW_HEIGHT}
        rowHeight={ROW_HEIGHT}
      />
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
          {t('import.submit', { count: storedCount })}
        </Button>
      </Group>
    </Stack>
  );
}
