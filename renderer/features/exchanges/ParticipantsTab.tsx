// The participants of one camp occurrence: a dense table, adding, editing and CSV import.
import { Anchor, Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isMinorOn, participantAge, participantAgeBand } from '../../../shared/exchanges/age';
import { hasValidConsent } from '../../../shared/exchanges/readiness';
import { sortByName } from '../../../shared/exchanges/lists';
import { editLink, type CampContext } from './context';
import { ImportModal } from './ImportModal';
import { useUrlState } from '../../app/useUrlState';
import { useWriteLock } from '../../app/writeLock';
import { TextCell } from '../../app/TextCell';

const participantSearch = { q: '' };

export function ParticipantsTab({ eventId, occurrence, occ, participants, town, towns }: CampContext) {
  const { t } = useTranslation('exchanges');
  const lock = useWriteLock();
  const [, setParams] = useSearchParams();
  const [importing, setImporting] = useState(false);
  // The search stays in the address, so a person's page and back (or its link to the camp) keep it.
  const [url, setUrl] = useUrlState(participantSearch);
  const query = url.q;
  const needle = query.trim().toLocaleLowerCase('pl');
  const shown = sortByName(participants).filter(
    (p) =>
      !needle || `${p.firstName} ${p.lastName} ${town(p.sendingTown).name}`.toLocaleLowerCase('pl').includes(needle),
  );
  return (
    <Stack>
      <Group>
        <Button
          {...lock}
          onClick={() =>
            setParams((p) => {
              p.set('edit', 'new');
              return p;
            })
          }
        >
          {t('participants.add')}
        </Button>
        <Button {...lock} variant="default" onClick={() => setImporting(true)}>
          {t('import.open')}
        </Button>
        <TextInput
          aria-label={t('participants.filter')}
          placeholder={t('participants.filter')}
          value={query}
          onChange={(e) => setUrl({ q: e.currentTarget.value })}
        />
      </Group>
      <Text size="sm" aria-live="polite">
        {t('participants.count', { count: shown.length })}
      </Text>
      <Table striped highlightOnHover aria-label={t('participants.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th aria-sort="ascending" title={t('participants.sortedBySurname')}>
              {t('field.name')}
            </Table.Th>
            <Table.Th>{t('field.age')}</Table.Th>
            <Table.Th>{t('field.role')}</Table.Th>
            <Table.Th>{t('field.sendingTown')}</Table.Th>
            <Table.Th>{t('field.status')}</Table.Th>
            <Table.Th>{t('consent.parental')}</Table.Th>
            <Table.Th>{t('consent.image')}</Table.Th>
            <Table.Th>{t('participants.record')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((p) => (
            <Table.Tr key={p.id}>
              <TextCell
                text={p.anonymisedAt ? t('participants.anonymised') : `${p.lastName} ${p.firstName}`}
                minWidth={140}
              >
                {p.anonymisedAt ? (
                  <Text span size="sm" c="dimmed">
                    {t('participants.anonymised')}
                  </Text>
                ) : (
                  <Anchor component={Link} to={editLink(eventId, occurrence, p.id)} size="sm">
                    {p.lastName} {p.firstName}
                  </Anchor>
                )}
              </TextCell>
              <Table.Td>{participantAge(p, occ.start) ?? t(`ageGroup.${participantAgeBand(p, occ.start)}`)}</Table.Td>
              <Table.Td>{t(`role.${p.role}`)}</Table.Td>
              <TextCell text={town(p.sendingTown).name} />
              <Table.Td>{t(`status.${p.status}`)}</Table.Td>
              <Table.Td>
                {isMinorOn(p, occ.start) ? (
                  <ConsentBadge given={Boolean(p.consents.parental)} valid={hasValidConsent(p, 'parental', occ.end)} />
                ) : (
                  <Text size="sm" c="dimmed" title={t('consent.notApplicableHint')}>
                    {t('consent.notApplicable')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <ConsentBadge given={Boolean(p.consents.image)} valid={hasValidConsent(p, 'image', occ.end)} />
              </Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/exchanges/person/${p.id}`}
                  size="sm"
                  aria-label={t('participants.recordOf', {
                    name: p.anonymisedAt ? t('participants.anonymisedPerson') : `${p.firstName} ${p.lastName}`,
                  })}
                >
                  {t('participants.record')}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {importing && (
        <ImportModal
          eventId={eventId}
          occurrence={occurrence}
          firstDay={occ.start}
          towns={towns}
          onClose={() => setImporting(false)}
        />
      )}
    </Stack>
  );
}

function ConsentBadge({ given, valid }: { given: boolean; valid: boolean }) {
  const { t } = useTranslation('exchanges');
  if (!given)
    return (
      <Badge size="sm" color="gray" variant="light">
        {t('consent.none')}
      </Badge>
    );
  return valid ? (
    <Badge size="sm" color="green" variant="light">
      {t('consent.yes')}
    </Badge>
  ) : (
    <Badge size="sm" color="red" variant="light">
      {t('consent.withdrawn')}
    </Badge>
  );
}
