// The exchanges area's start: every youth camp from the calendar with its editions, and the way to
// the personal-data page. Camps themselves are planned in the calendar.
import { Alert, Anchor, Button, Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { addYears, format as formatDateFns } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CalendarEvent } from '../../../shared/domain';
import { listOccurrences } from '../../../shared/exchanges/occurrences';
import { countByOccurrence, listCamps } from '../../db/repositories/participants';
import { useFormat } from '../../i18n/format';
import { currentTime, todayIso } from '../../app/today';
import { TextCell } from '../../app/TextCell';

export function ExchangesPage() {
  const { t } = useTranslation('exchanges');
  const camps = useLiveQuery(listCamps);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('title')}</Title>
        <Button variant="default" component={Link} to="/exchanges/privacy">
          {t('privacy.title')}
        </Button>
      </Group>
      {camps?.length === 0 && <Alert color="gray">{t('camps.none')}</Alert>}
      {camps?.map((camp) => (
        <CampCard key={camp.id} camp={camp} />
      ))}
    </Stack>
  );
}

function CampCard({ camp }: { camp: CalendarEvent }) {
  const { t } = useTranslation('exchanges');
  const format = useFormat();
  const counts = useLiveQuery(() => countByOccurrence(camp.id), [camp.id]);
  const now = todayIso();
  const occurrences = listOccurrences(camp, formatDateFns(addYears(currentTime(), 1), 'yyyy-MM-dd')).reverse();
  const upcoming = [...occurrences].reverse().find((o) => o.end >= now) ?? occurrences[0];
  const [chosen, setChosen] = useState(upcoming?.key ?? '');
  const label = (o: (typeof occurrences)[number]) =>
    `${o.start.slice(0, 4)}: ${format.date(o.start, 'short')} – ${format.date(o.end, 'short')}${o.cancelled ? ` (${t('camp.cancelled')})` : ''}`;
  const withPeople = occurrences.filter((o) => counts?.[o.key]);
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {camp.title}
        </Title>
        <Group align="flex-end">
          <NativeSelect
            label={t('camps.edition')}
            value={chosen}
            onChange={(e) => setChosen(e.currentTarget.value)}
            data={occurrences.map((o) => ({ value: o.key, label: label(o) }))}
          />
          <Button component={Link} to={`/exchanges/${camp.id}/${chosen}`} disabled={!chosen}>
            {t('camps.open')}
          </Button>
        </Group>
        {withPeople.length > 0 ? (
          <Table aria-label={t('camps.editions', { title: camp.title })} maw={720}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('camps.edition')}</Table.Th>
                <Table.Th>{t('camps.participants')}</Table.Th>
                <Table.Th>{t('camps.anonymised')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {withPeople.map((o) => (
                <Table.Tr key={o.key}>
                  <TextCell text={label(o)} minWidth={160} maxWidth={360}>
                    <Anchor component={Link} to={`/exchanges/${camp.id}/${o.key}`} size="sm">
                      {label(o)}
                    </Anchor>
                  </TextCell>
                  <Table.Td>{counts?.[o.key]?.total}</Table.Td>
                  <Table.Td>{(counts?.[o.key]?.total ?? 0) - (counts?.[o.key]?.identified ?? 0)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            {t('camps.noParticipants')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
