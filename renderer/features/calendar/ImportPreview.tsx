// The ICS import preview: a virtualised table of the file's events (thousands stay smooth), each with its
// notes, kind and, for a repeat the app cannot store, the choice to import its dates as single events.
import { Alert, Button, Checkbox, Group, MultiSelect, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventKinds, type EventKind, type Partner } from '../../../shared/domain';
import type { IcsPreview } from '../../../shared/export/icsPreview';
import type { ImportedEvent } from '../../../shared/export/icsRead';
import { notifySuccess } from '../../app/notify';
import { VirtualTable } from '../../app/VirtualTable';
import { importEvents } from '../../db/repositories/events';
import { useFormat } from '../../i18n/format';
import { defaultPicks, toInputs } from './icsImport';
import { ImportNotices, useNoteText } from './ImportNotices';

const VIEW_HEIGHT = 420;
const ROW_HEIGHT = 64;

interface Props {
  fileName: string;
  preview: IcsPreview;
  known: boolean[];
  partners: Partner[];
  onClose: () => void;
}

export function ImportPreview({ fileName, preview, known, partners, onClose }: Props) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  const noteText = useNoteText();
  const events = preview.events;
  const [picked, setPicked] = useState<Set<number>>(() => defaultPicks(known));
  const [kinds, setKinds] = useState<EventKind[]>(() => events.map((e) => e.kind ?? 'other'));
  const [singles, setSingles] = useState<Set<number>>(
    () => new Set(events.flatMap((e, i) => (e.singles?.items.length ? [i] : []))),
  );
  const [partnerIds, setPartnerIds] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const kindOptions = eventKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }));
  const when = (e: ImportedEvent) => {
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
  const inputsOf = (i: number) =>
    toInputs(events[i]!, { kind: kinds[i]!, partnerIds, asSingles: singles.has(i) }, partners, t('import.untitled'));
  const storedCount = [...picked].reduce(
    (n, i) => n + (singles.has(i) && events[i]!.singles ? events[i]!.singles.items.length : 1),
    0,
  );

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const inputs = [...picked].sort((a, b) => a - b).flatMap(inputsOf);
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
      ...(e.recurrence && e.exceptions.length
        ? [[t('import.exceptions', { count: e.exceptions.length }), false] as [string, boolean]]
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
          {s && s.items.length > 0 && (
            <Checkbox
              size="xs"
              mt={2}
              aria-label={t('import.asSinglesFor', { title })}
              label={`${t('import.asSingles', { count: s.items.length })}${
                s.cut
                  ? ` ${t('import.asSinglesCut', { date: fmt.date(s.items[s.items.length - 1]!.start.slice(0, 10), 'short') })}`
                  : ''
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
