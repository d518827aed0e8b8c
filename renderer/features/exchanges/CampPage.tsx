// One occurrence of a camp: its participants, readiness checklist, rooming and lists, in tabs.
import { Alert, Anchor, Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { RecordTeamInfo } from '../team/RecordTeamInfo';
import { readinessIssues } from '../../../shared/exchanges/readiness';
import { useYouthLocked } from '../../db/sync/status';
import { useFormat } from '../../i18n/format';
import { useCampOccurrence, useMinorsPerAdult, useParticipants, useRooms, useTowns } from './hooks';
import { ListsTab } from './ListsTab';
import { ParticipantModal } from './ParticipantModal';
import { ParticipantsTab } from './ParticipantsTab';
import { ReadinessTab } from './ReadinessTab';
import { RoomsTab } from './RoomsTab';

const TABS = ['participants', 'readiness', 'rooms', 'lists'] as const;
type Tab = (typeof TABS)[number];

export function CampPage() {
  const { t } = useTranslation('exchanges');
  const format = useFormat();
  const { eventId = '', occurrence = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const camp = useCampOccurrence(eventId, occurrence);
  const participants = useParticipants(eventId, occurrence);
  const rooms = useRooms(eventId, occurrence);
  const minorsPerAdult = useMinorsPerAdult();
  const { towns, town } = useTowns();
  const youthLocked = useYouthLocked();
  if (camp === undefined || participants === undefined || rooms === undefined || minorsPerAdult === undefined)
    return null;
  if (camp === null) {
    return (
      <Stack>
        <Title order={1}>{t('camp.notFound')}</Title>
        <Anchor component={Link} to="/exchanges">
          {t('camp.back')}
        </Anchor>
      </Stack>
    );
  }
  const { occurrence: occ } = camp;
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'participants';
  const edit = params.get('edit');
  const editing = edit === 'new' ? null : participants.find((p) => p.id === edit);
  const closeEdit = () =>
    setParams(
      (p) => {
        p.delete('edit');
        return p;
      },
      { replace: true },
    );
  const issues = readinessIssues({ participants, rooms, start: occ.start, end: occ.end, minorsPerAdult });
  const ctx = { eventId, occurrence, occ, participants, rooms, town, towns, minorsPerAdult, issues };

  return (
    <Stack>
      <Anchor component={Link} to="/exchanges" size="sm" className="no-print">
        {t('camp.back')}
      </Anchor>
      <Group gap="sm" align="baseline">
        <Title order={1}>{occ.title}</Title>
        <Text c="dimmed">
          {t('camp.dates', { start: format.date(occ.start, 'short'), end: format.date(occ.end, 'short') })}
        </Text>
        {occ.cancelled && <Badge color="red">{t('camp.cancelled')}</Badge>}
      </Group>
      <RecordTeamInfo table="events" id={eventId} />
      {youthLocked ? (
        <Alert color="gray" role="status" title={t('camp.youthLocked.title')}>
          {t('camp.youthLocked.body')}
        </Alert>
      ) : (
        <Tabs
          value={tab}
          onChange={(v) =>
            setParams((p) => {
              p.set('tab', v ?? 'participants');
              return p;
            })
          }
          keepMounted={false}
        >
          <Tabs.List>
            <Tabs.Tab value="participants">{t('tab.participants', { count: participants.length })}</Tabs.Tab>
            <Tabs.Tab
              value="readiness"
              rightSection={
                issues.length > 0 ? (
                  <Badge size="xs" color="orange">
                    {issues.length}
                  </Badge>
                ) : null
              }
            >
              {t('tab.readiness')}
            </Tabs.Tab>
            <Tabs.Tab value="rooms">{t('tab.rooms')}</Tabs.Tab>
            <Tabs.Tab value="lists">{t('tab.lists')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="participants" pt="md">
            <ParticipantsTab {...ctx} />
          </Tabs.Panel>
          <Tabs.Panel value="readiness" pt="md">
            <ReadinessTab {...ctx} />
          </Tabs.Panel>
          <Tabs.Panel value="rooms" pt="md">
            <RoomsTab {...ctx} />
          </Tabs.Panel>
          <Tabs.Panel value="lists" pt="md">
            <ListsTab {...ctx} />
          </Tabs.Panel>
        </Tabs>
      )}
      {!youthLocked && edit !== null && editing !== undefined && (
        <ParticipantModal
          key={edit}
          eventId={eventId}
          occurrence={occurrence}
          firstDay={occ.start}
          towns={towns}
          participant={editing}
          onClose={closeEdit}
        />
      )}
    </Stack>
  );
}
