// Personal data of camp participants (RODO): the retention period (set in Settings), what is due, and an anonymisation
// run that shows what it will change and asks before changing it.
import { Alert, Anchor, Badge, Button, Checkbox, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { retentionDueDate } from '../../../shared/exchanges/retention';
import { listAnonymisationRuns } from '../../db/repositories/anonymisation';
import { listRetentionCamps } from '../../db/repositories/participants';
import { useFormat } from '../../i18n/format';
import { AnonymiseModal } from './AnonymiseModal';
import { DormantPeopleCard } from './DormantPeopleCard';
import { todayIso } from '../../app/today';
import { useRetention } from './hooks';

const keyOf = (c: { eventId: string; occurrence: string }) => `${c.eventId}|${c.occurrence}`;

export function PrivacyPage() {
  const { t } = useTranslation('exchanges');
  const format = useFormat();
  const retention = useRetention();
  const camps = useLiveQuery(listRetentionCamps);
  const runs = useLiveQuery(listAnonymisationRuns);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [previewing, setPreviewing] = useState(false);
  if (!retention || !camps) return null;
  const now = todayIso();
  const rows = camps
    .filter((c) => c.identified > 0)
    .map((c) => ({ ...c, dueOn: retentionDueDate(c.end, retention.participantsYears) }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const due = rows.filter((r) => r.dueOn <= now);
  const chosen = rows.filter((r) => selected.has(keyOf(r)));
  const toggle = (key: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  return (
    <Stack maw={1000}>
      <Anchor component={Link} to="/exchanges" size="sm">
        {t('camp.back')}
      </Anchor>
      <Title order={1}>{t('privacy.title')}</Title>
      <Text size="sm">{t('privacy.intro')}</Text>
      <Text size="sm">
        {t('privacy.retentionRule', { count: retention.participantsYears })}{' '}
        <Anchor component={Link} to="/settings/privacy">
          {t('privacy.retentionChange')}
        </Anchor>
      </Text>
      <Title order={2} size="h4">
        {t('privacy.camps')}
      </Title>
      {due.length > 0 ? (
        <Alert color="orange">{t('privacy.dueCount', { count: due.length })}</Alert>
      ) : (
        <Alert color="green">{t('privacy.nothingDue')}</Alert>
      )}
      {rows.length > 0 && (
        <Table aria-label={t('privacy.camps')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('privacy.select')}</Table.Th>
              <Table.Th>{t('privacy.camp')}</Table.Th>
              <Table.Th>{t('privacy.ended')}</Table.Th>
              <Table.Th>{t('privacy.identified')}</Table.Th>
              <Table.Th>{t('privacy.dueOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => {
              const label = `${r.title} ${r.occurrence.slice(0, 4)}`;
              const ended = r.end < now;
              return (
                <Table.Tr key={keyOf(r)}>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('privacy.selectCamp', { camp: label })}
                      disabled={!ended}
                      checked={selected.has(keyOf(r))}
                      onChange={(e) => toggle(keyOf(r), e.currentTarget.checked)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/exchanges/${r.eventId}/${r.occurrence}`} size="sm">
                      {label}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{format.date(r.end, 'short')}</Table.Td>
                  <Table.Td>{r.identified}</Table.Td>
                  <Table.Td>
                    {format.date(r.dueOn, 'short')}{' '}
                    {r.dueOn <= now && (
                      <Badge color="orange" size="sm">
                        {t('privacy.due')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button variant="default" disabled={due.length === 0} onClick={() => setSelected(new Set(due.map(keyOf)))}>
          {t('privacy.selectDue')}
        </Button>
        <Button color="red" disabled={chosen.length === 0} onClick={() => setPreviewing(true)}>
          {t('privacy.anonymise')}
        </Button>
      </Group>
      <Title order={2} size="h4">
        {t('privacy.runs')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('privacy.runsHelp')}
      </Text>
      {runs && runs.length > 0 && (
        <Table aria-label={t('privacy.runs')} maw={600}>
          <Table.Tbody>
            {runs.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{format.date(r.at, 'shortTime')}</Table.Td>
                <Table.Td>
                  {r.erasedIds?.length
                    ? t('privacy.erasedRun', { count: r.erasedIds.length })
                    : t('privacy.anonymisedRun', { count: r.participantIds.length })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {previewing && (
        <AnonymiseModal
          camps={chosen}
          onClose={(done) => {
            setPreviewing(false);
            if (done) setSelected(new Set());
          }}
        />
      )}
      <DormantPeopleCard />
    </Stack>
  );
}
