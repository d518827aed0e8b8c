// Import of a partner's ICS calendar: the file is handed to a worker of its own (the page keeps none of its bytes)
// and read there with progress and Cancel, then either refused with a message or previewed (ImportPreview) for the
// user to choose what is stored. The worker goes when the dialog closes, on Cancel while reading, or on a refusal.
import { Alert, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../shared/domain';
import { todayIso } from '../../app/today';
import { eventsForIcsUids } from '../../db/repositories/events';
import { openIcsFile, type IcsFile } from './icsBackground';
import { openIcs } from './icsFile';
import type { IcsRowsPreview, IcsRowsResult } from './icsRows';
import { refusalMessage } from './icsRefusal';
import { ImportPreview } from './ImportPreview';

export type ImportState =
  /** `file`: the worker holding the file's bytes. */
  | { step: 'reading'; fileName: string; file: IcsFile }
  | { step: 'error'; message: string }
  /**
   * `known[i]`: the event's UID is already in the calendar (an earlier import or our own export). `file` reads the
   * chosen events for Save as of `today`, the day the preview was read.
   */
  | { step: 'preview'; fileName: string; preview: IcsRowsPreview; known: boolean[]; file: IcsFile; today: string };

/** Asks for a file; the dialog then reads it (nothing is stored yet). */
export async function startImport(): Promise<ImportState | undefined> {
  const file = await openIcs();
  return file && readingState(file.fileName, file.bytes);
}

/** The file to read: its bytes go to a worker of their own, `bytes` is empty from here on. */
export function readingState(fileName: string, bytes: Uint8Array): ImportState {
  return { step: 'reading', fileName, file: openIcsFile(bytes) };
}

/** The preview state for a read file: which events are already in the calendar (by their UIDs, not kept after). */
async function previewState(
  reading: Extract<ImportState, { step: 'reading' }>,
  { preview, uids }: Extract<IcsRowsResult, { ok: true }>,
  today: string,
): Promise<ImportState> {
  const existing = await eventsForIcsUids(uids.flatMap((uid) => (uid ? [uid] : [])));
  const known = uids.map((uid) => uid !== undefined && existing.has(uid));
  return { step: 'preview', fileName: reading.fileName, preview, known, file: reading.file, today };
}

interface Props {
  state: ImportState;
  partners: Partner[];
  onClose: () => void;
}

export function ImportDialog({ state: initial, partners, onClose }: Props) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const [state, setState] = useState(initial);
  /** The worker holding the file: closed with the dialog, on Cancel while reading, or when the file is refused. */
  const held = useRef(initial.step === 'reading' ? initial.file : undefined);
  useEffect(() => () => held.current?.close(), []);
  const letGo = useCallback(() => {
    held.current?.close();
    held.current = undefined;
  }, []);
  const read = useCallback(
    (next: ImportState) => {
      if (next.step === 'error') letGo();
      setState(next);
    },
    [letGo],
  );
  const cancelReading = () => {
    letGo();
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={t('import.title')} size="xl">
      {state.step === 'reading' && <Reading state={state} onRead={read} onCancel={cancelReading} />}
      {state.step === 'error' && (
        <Stack>
          <Alert color="red" role="alert" title={tc('actions.import')}>
            {state.message}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{tc('actions.close')}</Button>
          </Group>
        </Stack>
      )}
      {state.step === 'preview' && (
        <ImportPreview
          fileName={state.fileName}
          preview={state.preview}
          file={state.file}
          today={state.today}
          known={state.known}
          partners={partners}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

interface ReadingProps {
  state: Extract<ImportState, { step: 'reading' }>;
  onRead: (state: ImportState) => void;
  onCancel: () => void;
}

/** Shown at once while the file is read: a progress bar and Cancel (which stops the reading). */
function Reading({ state, onRead, onCancel }: ReadingProps) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [cancel, setCancel] = useState<() => void>(() => () => undefined);
  useEffect(() => {
    const today = todayIso();
    const read = state.file.preview(today, (done, total) => setProgress({ done, total }));
    let live = true;
    setCancel(() => read.cancel);
    read.result
      .then(async (result) => {
        if (!live || !result) return;
        const next = result.ok
          ? await previewState(state, result, today)
          : ({ step: 'error', message: refusalMessage(result.code) } as const);
        if (live) onRead(next);
      })
      .catch(() => live && onRead({ step: 'error', message: refusalMessage('malformed') }));
    return () => {
      live = false;
      read.cancel();
    };
  }, [state, onRead]);
  return (
    <Stack>
      <Text>{t('import.reading', { name: state.fileName })}</Text>
      <Progress
        aria-label={t('import.reading', { name: state.fileName })}
        value={progress ? (100 * progress.done) / Math.max(progress.total, 1) : 100}
        animated={!progress}
        striped={!progress}
      />
      <Text size="sm" c="dimmed" aria-live="polite">
        {progress ? t('import.progress', { done: progress.done, total: progress.total }) : '\u00a0'}
      </Text>
      <Group justify="flex-end">
        <Button
          variant="default"
          onClick={() => {
            cancel();
            onCancel();
          }}
        >
          {tc('actions.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
