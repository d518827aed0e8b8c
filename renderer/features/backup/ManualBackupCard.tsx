// "Back up now" (optionally encrypted with a passphrase) and "Restore from a file".
import type { BackupSource } from '../../../shared/backup/check';
import { Button, Card, Checkbox, Group, PasswordInput, Progress, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifyFileResult } from '../../app/notify';
import { backUpNow, chooseBackupFile, errorMessage } from './flows';

const MIN_PASSPHRASE = 8;

export function ManualBackupCard({ onRestore }: { onRestore: (file: BackupSource) => Promise<void> }) {
  const { t } = useTranslation('backup');
  const { t: tc } = useTranslation();
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  /** The backup under way: Cancel ends its worker, and nothing is saved. */
  const running = useRef<AbortController | null>(null);
  const shortError =
    encrypt && passphrase.length > 0 && passphrase.length < MIN_PASSPHRASE ? t('manual.passphraseShort') : undefined;
  const mismatch = encrypt && repeat.length > 0 && repeat !== passphrase ? t('manual.passphraseMismatch') : undefined;
  const ready = !encrypt || (passphrase.length >= MIN_PASSPHRASE && repeat === passphrase);

  const create = async () => {
    const run = new AbortController();
    running.current = run;
    setProgress(0);
    try {
      const onProgress = (done: number) => running.current === run && setProgress(done);
      const saved = await backUpNow(encrypt ? passphrase : null, onProgress, run.signal);
      if (saved) notifyFileResult(saved);
    } catch (error) {
      if (!run.signal.aborted) notifyError(errorMessage(error));
    } finally {
      if (running.current === run) {
        running.current = null;
        setProgress(null);
      }
    }
  };
  /** Ends the backup's work at once: the card is ready again, and nothing is saved. */
  const cancel = () => {
    running.current?.abort();
    running.current = null;
    setProgress(null);
  };
  const restore = async () => {
    try {
      const file = await chooseBackupFile();
      if (file) await onRestore(file);
    } catch (error) {
      notifyError(errorMessage(error));
    }
  };

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('manual.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('manual.help')}
        </Text>
        <Checkbox label={t('manual.encrypt')} checked={encrypt} onChange={(e) => setEncrypt(e.currentTarget.checked)} />
        {encrypt && (
          <Group grow align="flex-start">
            <PasswordInput
              label={t('manual.passphrase')}
              description={t('manual.passphraseHelp')}
              value={passphrase}
              error={shortError}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('manual.passphraseRepeat')}
              value={repeat}
              error={mismatch}
              onChange={(e) => setRepeat(e.currentTarget.value)}
            />
          </Group>
        )}
        <Group>
          <Button onClick={() => void create()} loading={progress !== null} disabled={!ready}>
            {t('manual.create')}
          </Button>
          <Button variant="default" onClick={() => void restore()}>
            {t('manual.restore')}
          </Button>
        </Group>
        {progress !== null && (
          <Group>
            <Progress flex={1} value={progress * 100} aria-label={t('manual.progress')} />
            <Button variant="default" size="xs" onClick={cancel}>
              {tc('actions.cancel')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
