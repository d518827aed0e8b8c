// Import of a partner's ICS calendar: the file is read off the main thread with progress and Cancel, then
// either refused with a message or previewed (ImportPreview) for the user to choose what is stored.
import { Alert, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../shared/domain';
import type { IcsPreview } from '../../../shared/export/icsPreview';
import { todayIso } from '../../app/today';
import { eventsForIcsUids } from '../../db/repositories/events';
import { readIcsInBackground } from './icsBackground';
import { openIcs } from './icsFile';
import { refusalMessage } from './icsRefusal';
import { ImportPreview } from './ImportPreview';

export type ImportState =
  | { step: 'reading'; fileName: string; bytes: Uint8Array }
  | { step: 'error'; message: string }
  /** `known[i]`: the event's UID is already in the calendar (an earlier import or our own export). */
  | { step: 'preview'; fileName: string; preview: IcsPreview; known: boolean[] };

/** Asks for a file; the dialog then reads it (nothing is stored yet). */
export async function startImport(): Promise<ImportState | undefined> {
  const file = await openIcs();
  return file && { step: 'reading', fileName: file.fileName, bytes: file.bytes };
}

/** The preview state for a read file: which events are already in the calendar. */
export async function previewState(fileName: string, preview: IcsPreview): Promise<ImportState> {
  const existing = await eventsForIcsUids(preview.events.flatMap((e) => (e.uid ? [e.uid] : [])));
  const known = preview.events.map((e) => e.uid !== undefined && existing.has(e.uid));
  return { step: 'preview', fileName, preview, known };
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
  return (
    <Modal opened onClose={onClose} title={t('import.title')} size="xl">
      {state.step === 'reading' && <Reading state={state} onRead={setState} onCancel={onClose} />}
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
    const read = readIcsInBackground(state.bytes, todayIso(), (done, total) => setProgress({ done, total }));
    let live = true;
    setCancel(() => read.cancel);
    read.result
      .then(async (result) => {
        if (!live || !result) return;
        const next = result.ok
          ? await previewState(state.fileName, result.preview)
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
