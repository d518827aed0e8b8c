// Printable lists of a camp occurrence: the attendance list (a column per day) and the rooming list.
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { addDays, format as formatDateFns, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { sortByName } from '../../../shared/exchanges/lists';
import { occurrenceDays } from '../../../shared/exchanges/occurrences';
import { isActive } from '../../../shared/exchanges/readiness';
import { participantAge, participantAgeBand } from '../../../shared/exchanges/age';
import { Letterhead } from '../../app/Letterhead';
import { useFormat } from '../../i18n/format';
import { useCampOccurrence, useParticipants, useRooms, useTowns } from './hooks';
import './print.css';

const MAX_DAY_COLUMNS = 14;

export function PrintPage() {
  const { t } = useTranslation('exchanges');
  const format = useFormat();
  const { eventId = '', occurrence = '', list } = useParams();
  const camp = useCampOccurrence(eventId, occurrence);
  const participants = useParticipants(eventId, occurrence);
  const rooms = useRooms(eventId, occurrence);
  const { town } = useTowns();
  if (!camp || !participants || !rooms) return null;
  const occ = camp.occurrence;
  const people = sortByName(participants.filter((p) => isActive(p) && !p.anonymisedAt));
  const rooming = list === 'rooming';
  const dayCount = Math.min(occurrenceDays(occ), MAX_DAY_COLUMNS);
  const days = Array.from({ length: dayCount }, (_, i) => formatDateFns(addDays(parseISO(occ.start), i), 'dd.MM'));
  const name = (p: (typeof people)[number]) => `${p.lastName} ${p.firstName}`;

  return (
    <Stack className="exchanges-print">
      <Group className="no-print">
        <Anchor component={Link} to={`/exchanges/${eventId}/${occurrence}?tab=${rooming ? 'rooms' : 'lists'}`}>
          {t('camp.backToCamp')}
        </Anchor>
        <Button onClick={() => window.print()}>{t('print.print')}</Button>
      </Group>
      <Letterhead />
      <Title order={1} size="h3">
        {rooming ? t('print.rooming') : t('print.attendance')}
      </Title>
      <Text>
        {occ.title}, {t('camp.dates', { start: format.date(occ.start, 'short'), end: format.date(occ.end, 'short') })}
      </Text>
      {!rooming && (
        <table aria-label={t('print.attendance')}>
          <thead>
            <tr>
              <th>#</th>
              <th>{t('field.name')}</th>
              <th>{t('field.sendingTown')}</th>
              <th>{t('field.role')}</th>
              <th>{t('field.age')}</th>
              {days.map((d) => (
                <th key={d} className="sign">
                  {d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {people.map((p, i) => (
              <tr key={p.id}>
                <td>{i + 1}</td>
                <td>{name(p)}</td>
                <td>{town(p.sendingTown).name}</td>
                <td>{t(`role.${p.role}`)}</td>
                <td>{participantAge(p, occ.start) ?? t(`ageGroup.${participantAgeBand(p, occ.start)}`)}</td>
                {days.map((d) => (
                  <td key={d} className="sign" />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rooming && (
        <>
          {rooms.map((r) => {
            const inRoom = people.filter((p) => p.roomId === r.id);
            return (
              <table key={r.id} className="room" aria-label={r.name}>
                <thead>
                  <tr>
                    <th colSpan={3}>
                      {r.name} — {t('rooms.beds', { occupants: inRoom.length, capacity: r.capacity })}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {inRoom.map((p) => (
                    <tr key={p.id}>
                      <td>{name(p)}</td>
                      <td>{town(p.sendingTown).name}</td>
                      <td>{t(`role.${p.role}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          })}
          <Text fw={600}>
            {t('print.unassigned')}:{' '}
            {people
              .filter((p) => !p.roomId)
              .map(name)
              .join(', ') || '—'}
          </Text>
        </>
      )}
    </Stack>
  );
}
