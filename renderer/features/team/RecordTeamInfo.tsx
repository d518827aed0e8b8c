// On a record's page with team sync on: who changed it last and when, and the merges that need a look ("Title: changed
// meanwhile by X: their value …", named as the form names it, with one click to take it; "deleted on another desk, kept").
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useTeamStatus } from '../../db/sync/status';
import { lastChangeOf } from '../../db/sync/team';
import { mergedRecord, openMerges, takeTheirs } from '../../db/sync/log';
import { currentLanguage } from '../../i18n';
import type { Json } from '../../../shared/sync/merge';
import { noticeSentence, takeWords } from './noticeText';

const when = (at: number) =>
  new Date(at).toLocaleString(currentLanguage() === 'en' ? 'en-GB' : 'pl-PL', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

export function RecordTeamInfo({ table, id }: { table: string; id: string }) {
  const { t } = useTranslation('team');
  const status = useTeamStatus();
  const last = useLiveQuery(
    async () => (status.state === 'off' ? null : lastChangeOf(table, id)),
    [table, id, status.state, status.lastSync],
  );
  const entries = useLiveQuery(() => openMerges(table, id), [table, id]);
  const record = useLiveQuery(
    async (): Promise<Record<string, Json> | undefined> => (entries?.length ? mergedRecord(table, id) : undefined),
    [table, id, entries],
  );
  if (status.state === 'off' && !entries?.length) return null;
  return (
    <Stack gap={4}>
      {last && (
        <Text size="xs" c="dimmed">
          {t('changedBy', { user: last.by, time: when(last.at) })}
        </Text>
      )}
      {entries?.flatMap((entry) =>
        entry.notices.map((notice, i) => (
          <Alert key={`${entry.seq}-${i}`} color="yellow" role="status" title={t('merge.title')}>
            {notice.kind === 'field' ? (
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm">{noticeSentence(t, table, notice, record, status.user)}</Text>
                <Button size="xs" variant="light" onClick={() => void takeTheirs(entry, notice)}>
                  {takeWords(t, notice, status.user)}
                </Button>
              </Group>
            ) : (
              <Text size="sm">{noticeSentence(t, table, notice, record, status.user)}</Text>
            )}
          </Alert>
        )),
      )}
    </Stack>
  );
}
