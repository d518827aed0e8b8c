// Settings → Team: the merge log, every merge this desk made or received, open ones first, newest first: which record
// (linked to its page), each field as its form names it, who changed it meanwhile and their value, "Take their value".
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTeamStatus } from '../../db/sync/status';
import { loggedRecords, mergeLog, settleMerge, takeTheirs, type LoggedMerge } from '../../db/sync/log';
import { currentLanguage } from '../../i18n';
import type { Json } from '../../../shared/sync/merge';
import { lostHere, noticeSentence, takeWords } from './noticeText';
import { recordRef } from './recordRef';

const when = (at: number) =>
  new Date(at).toLocaleString(currentLanguage() === 'en' ? 'en-GB' : 'pl-PL', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

export function MergeLog() {
  const { t } = useTranslation('team');
  const log = useLiveQuery(async () => {
    const { entries, settledTotal } = await mergeLog();
    return { entries, settledTotal, records: await loggedRecords(entries) };
  });
  if (!log || log.entries.length === 0) return null;
  const settledShown = log.entries.filter((e) => e.settled).length;
  return (
    <Card withBorder component="section" aria-labelledby="team-merge-log">
      <Stack gap="sm">
        <Title order={2} size="h4" id="team-merge-log">
          {t('log.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('log.help')}
        </Text>
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {log.entries.map((entry) => (
            <Entry key={entry.seq} entry={entry} record={log.records.get(`${entry.table}/${entry.key}`)} />
          ))}
        </Stack>
        {log.settledTotal > settledShown && (
          <Text size="xs" c="dimmed">
            {t('log.older', { count: log.settledTotal - settledShown })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function Entry({ entry, record }: { entry: LoggedMerge; record: Record<string, Json> | undefined }) {
  const { t } = useTranslation('team');
  const me = useTeamStatus().user;
  const ref = recordRef(t, entry.table, entry.key, record);
  const name = ref.name || t('log.gone');
  const authors = [...new Set(entry.taken.map((x) => x.by))].join(', ');
  return (
    <Card withBorder padding="xs" component="li" aria-label={`${ref.kind}: ${name}`}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm">
            {ref.kind}:{' '}
            {ref.href ? (
              <Anchor component={Link} to={ref.href}>
                {name}
              </Anchor>
            ) : (
              name
            )}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Badge variant="light" color={entry.settled ? 'gray' : 'yellow'}>
              {t(entry.settled ? 'log.settled' : 'log.open')}
            </Badge>
            <Text size="xs" c="dimmed">
              {when(entry.at)}
            </Text>
          </Group>
        </Group>
        {entry.notices.length === 0 && !entry.resolved?.length && (
          <Text size="sm" c="dimmed">
            {authors ? t('log.clean', { users: authors }) : t('log.cleanNoFields')}
          </Text>
        )}
        {entry.notices.map((notice, i) => (
          <Group key={i} justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm">{noticeSentence(t, entry.table, notice, record, me)}</Text>
            {!entry.settled && notice.kind === 'field' && (
              <Button size="compact-xs" variant="light" onClick={() => void takeTheirs(entry, notice)}>
                {takeWords(t, notice, me)}
              </Button>
            )}
          </Group>
        ))}
        {entry.resolved?.map((notice, i) => (
          <Group key={`r${i}`} justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm">{noticeSentence(t, entry.table, notice, record, me)}</Text>
            <Badge size="sm" variant="outline" color="gray">
              {t(lostHere(notice, me) ? 'log.takenYours' : 'log.taken')}
            </Badge>
          </Group>
        ))}
        {!entry.settled && (
          <Group>
            <Button size="compact-xs" variant="default" onClick={() => void settleMerge(entry.seq)}>
              {t('log.settle')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
