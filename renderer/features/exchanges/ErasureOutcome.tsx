// What an anonymisation or erasure did beyond the database: which automatic backups were rewritten or
// deleted, and whether the register reached the app's data folder.
import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AutoBackupEntry } from '../../../shared/backup/rotation';
import { useFormat } from '../../i18n/format';
import type { ErasureOutcome } from './erasure';

export function ErasureOutcomeView({ outcome }: { outcome: ErasureOutcome }) {
  const { t } = useTranslation('exchanges');
  const format = useFormat();
  const list = (entries: AutoBackupEntry[]) => format.list(entries.map((e) => format.date(e.createdAt, 'shortTime')));
  const { rewritten, deleted, failed } = outcome.backups;
  return (
    <Stack gap="xs" role="status">
      {rewritten.length > 0 && <Text size="sm">{t('privacy.outcomeRewritten', { list: list(rewritten) })}</Text>}
      {deleted.length > 0 && <Text size="sm">{t('privacy.outcomeDeleted', { list: list(deleted) })}</Text>}
      {rewritten.length + deleted.length + failed.length === 0 && (
        <Text size="sm">{t('privacy.outcomeNoBackups')}</Text>
      )}
      {failed.length > 0 && <Alert color="red">{t('privacy.outcomeFailed', { list: list(failed) })}</Alert>}
      {!outcome.registerKept && <Alert color="red">{t('privacy.registerNotKept')}</Alert>}
    </Stack>
  );
}
