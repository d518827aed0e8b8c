// The readiness checklist of a camp occurrence: each problem with a link to the person to fix.
import { Alert, Anchor, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { assertNever } from '../../../shared/domain/common';
import { ratioPerTown, type ReadinessIssue } from '../../../shared/exchanges/readiness';
import { useFormat } from '../../i18n/format';
import { editLink, type CampContext } from './context';

export function ReadinessTab(ctx: CampContext) {
  const { t } = useTranslation('exchanges');
  const { participants, occ, town, minorsPerAdult, issues } = ctx;
  const ratios = ratioPerTown(
    participants.filter((p) => !p.anonymisedAt),
    occ.start,
    minorsPerAdult,
  );
  return (
    <Stack>
      <Text size="sm">
        {t('readiness.ratioRule', { count: minorsPerAdult })}{' '}
        <Anchor component={Link} to="/settings/camps">
          {t('readiness.ratioChange')}
        </Anchor>
      </Text>
      <Table aria-label={t('readiness.ratioTable')} maw={720}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('field.sendingTown')}</Table.Th>
            <Table.Th>{t('readiness.minors')}</Table.Th>
            <Table.Th>{t('readiness.adults')}</Table.Th>
            <Table.Th>{t('readiness.required')}</Table.Th>
            <Table.Th>{t('readiness.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ratios.map((r) => (
            <Table.Tr key={r.town}>
              <Table.Td>{town(r.town).name}</Table.Td>
              <Table.Td>{r.minors}</Table.Td>
              <Table.Td>{r.adults}</Table.Td>
              <Table.Td>{r.required}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600} c={r.ok ? 'green' : 'red'}>
                  {r.ok ? t('readiness.ok') : t('readiness.short')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={2} size="h4">
        {t('readiness.checklist')}
      </Title>
      {issues.length === 0 ? (
        <Alert color="green">{t('readiness.allClear')}</Alert>
      ) : (
        <List spacing="xs" aria-label={t('readiness.checklist')}>
          {issues.map((issue, i) => (
            <List.Item key={i}>
              <IssueLine issue={issue} ctx={ctx} />
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function IssueLine({ issue, ctx }: { issue: ReadinessIssue; ctx: CampContext }) {
  const { t } = useTranslation('exchanges');
  const format = useFormat();
  const byId = new Map(ctx.participants.map((p) => [p.id, p]));
  const person = (id: string) => {
    const p = byId.get(id);
    return (
      <Anchor key={id} component={Link} to={editLink(ctx.eventId, ctx.occurrence, id)} size="sm">
        {p ? `${p.firstName} ${p.lastName}` : id}
      </Anchor>
    );
  };
  switch (issue.kind) {
    case 'parentalConsent':
      return (
        <Group gap={6}>
          <Text size="sm">{t('issue.parentalConsent')}</Text>
          {person(issue.participantId)}
        </Group>
      );
    case 'guardian':
      return (
        <Group gap={6}>
          <Text size="sm">{t('issue.guardian')}</Text>
          {person(issue.participantId)}
        </Group>
      );
    case 'travelDocument':
      return (
        <Group gap={6}>
          <Text size="sm">{t('issue.travelDocument', { date: format.date(issue.expiry, 'short') })}</Text>
          {person(issue.participantId)}
        </Group>
      );
    case 'ratio':
      return (
        <Group gap={6}>
          <Text size="sm" role="alert">
            {t('issue.ratio', {
              town: ctx.town(issue.town).name,
              minors: issue.minors,
              adults: issue.adults,
              required: issue.required,
            })}
          </Text>
          {issue.participantIds.map(person)}
        </Group>
      );
    case 'roomOverCapacity': {
      const room = ctx.rooms.find((r) => r.id === issue.roomId);
      return (
        <Group gap={6}>
          <Anchor component={Link} to={`/exchanges/${ctx.eventId}/${ctx.occurrence}?tab=rooms`} size="sm">
            {t('issue.roomOverCapacity', {
              room: room?.name ?? '?',
              occupants: issue.occupants,
              capacity: issue.capacity,
            })}
          </Anchor>
          {issue.participantIds.map(person)}
        </Group>
      );
    }
    default:
      return assertNever(issue, 'readiness issue');
  }
}
