// Everything stored about one person (a data subject's access request) across all their camp records:
// a readable page, a JSON export for passing on, the person's own access copy, and erasure. Health notes
// stay hidden and out of the passed-on file unless the user asks, and then leave only with the consent
// to share them; the access copy always holds them.
import { listHref } from '../../app/useUrlState';
import { notifyFailure } from '../../app/failure';
import { Alert, Anchor, Button, Checkbox, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { RecordTeamInfo } from '../team/RecordTeamInfo';
import { consentKinds } from '../../../shared/domain';
import { isMinorOn, participantAge } from '../../../shared/exchanges/age';
import { hasHealthNotes, mayShareMedical } from '../../../shared/exchanges/lists';
import { AccessCopyCard } from './AccessCopyCard';
import { notifySuccess } from '../../app/notify';
import { todayIso } from '../../app/today';
import { eraseAndRecord, type ErasureOutcome } from './erasure';
import { ErasureOutcomeView } from './ErasureOutcome';
import { getPersonRecords, type PersonRecord } from '../../db/repositories/participants';
import { useFormat } from '../../i18n/format';
import { fileStem } from '../../../shared/text/fold';
import { saveJson } from './files';
import './print.css';

/**
 * One record's data as a plain object. With `sensitiveAsOf` (the export day) the health notes (diet and
 * medical) are included only while the medical consent is in force that day (see `mayShareMedical`).
 */
export function recordExport(
  { participant: p, event, occurrence, room, sendingTown }: PersonRecord,
  sensitiveAsOf?: string,
) {
  const { dietaryNotes, medicalNotes, roomId: _room, ...rest } = p;
  const sensitive =
    sensitiveAsOf !== undefined && mayShareMedical(p, sensitiveAsOf) ? { dietaryNotes, medicalNotes } : {};
  return {
    person: { ...rest, sendingTown: sendingTown.name, ...sensitive },
    camp: event
      ? { title: occurrence?.title ?? event.title, start: occurrence?.start ?? p.occurrence, end: occurrence?.end }
      : null,
    room: room?.name ?? null,
  };
}

/** What the JSON file holds: the opened record, the list of every record found, and the others in full. */
export function personExport(record: PersonRecord, all: readonly PersonRecord[], sensitiveAsOf?: string) {
  return {
    ...recordExport(record, sensitiveAsOf),
    recordsFound: all.map(({ participant: p, occurrence, event }) => ({
      id: p.id,
      camp: occurrence?.title ?? event?.title ?? null,
      occurrence: p.occurrence,
      role: p.role,
      status: p.status,
    })),
    otherRecords: all
      .filter((r) => r.participant.id !== record.participant.id)
      .map((r) => recordExport(r, sensitiveAsOf)),
  };
}

/** Records whose health notes an export made on `asOf` leaves out for want of consent. */
export const healthWithheldRecords = (all: readonly PersonRecord[], asOf: string) =>
  all.filter(({ participant: p }) => hasHealthNotes(p) && !mayShareMedical(p, asOf));

export function PersonPage() {
  const { t } = useTranslation('exchanges');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { participantId = '' } = useParams();
  const found = useLiveQuery(() => getPersonRecords(participantId), [participantId]);
  const [reveal, setReveal] = useState(false);
  const [includeSensitive, setIncludeSensitive] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [eraseAll, setEraseAll] = useState(true);
  const [erased, setErased] = useState<{ outcome: ErasureOutcome; campLink: string } | null>(null);
  if (erased) {
    return (
      <Modal opened onClose={() => void navigate(erased.campLink)} title={t('person.erased')}>
        <Stack>
          <ErasureOutcomeView outcome={erased.outcome} />
          <Group justify="flex-end">
            <Button onClick={() => void navigate(erased.campLink)}>{tc('actions.close')}</Button>
          </Group>
        </Stack>
      </Modal>
    );
  }
  if (found === undefined) return null;
  if (found === null) {
    return (
      <Stack>
        <Title order={1}>{t('person.notFound')}</Title>
        <Anchor component={Link} to="/exchanges">
          {t('camp.back')}
        </Anchor>
      </Stack>
    );
  }
  const { record, all } = found;
  const p = record.participant;
  const campLink = `/exchanges/${p.eventId}/${p.occurrence}`;
  const others = all.filter((r) => r.participant.id !== p.id);
  const withheld = includeSensitive ? healthWithheldRecords(all, todayIso()) : [];
  const campOf = ({ participant, occurrence, event }: PersonRecord) =>
    occurrence
      ? `${occurrence.title}, ${format.date(occurrence.start, 'short')} – ${format.date(occurrence.end, 'short')}`
      : `${event?.title ?? '?'}, ${format.date(participant.occurrence, 'short')}`;
  const erase = async () => {
    try {
      const outcome = await eraseAndRecord(eraseAll ? all.map((r) => r.participant.id) : [p.id]);
      notifySuccess(t('person.erased'));
      setErased({ outcome, campLink });
    } catch (error) {
      notifyFailure('erase', error);
    }
  };
  const rows: [string, string][] = [
    [t('field.firstName'), p.firstName],
    [t('field.lastName'), p.lastName],
    [t('field.birthDate'), p.birthDate ? format.date(p.birthDate, 'short') : String(p.birthYear)],
    [t('field.age'), record.occurrence ? String(participantAge(p, record.occurrence.start)) : '—'],
    [t('field.role'), t(`role.${p.role}`)],
    [t('field.sendingTown'), record.sendingTown.name],
    [t('field.status'), t(`status.${p.status}`)],
    [t('field.guardianName'), p.guardianName ?? '—'],
    [t('field.guardianPhone'), p.guardianPhone ?? '—'],
    [t('field.travelDocumentExpiry'), p.travelDocumentExpiry ? format.date(p.travelDocumentExpiry, 'short') : '—'],
    [t('person.camp'), record.occurrence ? campOf(record) : '—'],
    [t('person.room'), record.room?.name ?? '—'],
    ...consentKinds.map((k): [string, string] => {
      const c = p.consents[k];
      const adult = k === 'parental' && record.occurrence && !isMinorOn(p, record.occurrence.start);
      if (!c) return [t(`consent.${k}`), t(adult ? 'consent.notApplicable' : 'consent.none')];
      const given = t('person.consentGiven', { date: format.date(c.givenOn, 'short'), by: c.givenBy });
      return [
        t(`consent.${k}`),
        c.withdrawnOn
          ? `${given}; ${t('person.consentWithdrawn', { date: format.date(c.withdrawnOn, 'short') })}`
          : given,
      ];
    }),
    [t('person.anonymisedAt'), p.anonymisedAt ? format.date(p.anonymisedAt, 'shortTime') : '—'],
    [t('person.stored'), `${format.date(p.createdAt, 'shortTime')} / ${format.date(p.updatedAt, 'shortTime')}`],
  ];
  if (reveal)
    rows.push([t('field.dietaryNotes'), p.dietaryNotes ?? '—'], [t('field.medicalNotes'), p.medicalNotes ?? '—']);

  return (
    <Stack className="exchanges-print" maw={900}>
      <Anchor component={Link} to={listHref(campLink)} size="sm" className="no-print">
        {t('camp.backToCamp')}
      </Anchor>
      <Title order={1}>{t('person.title', { name: `${p.firstName} ${p.lastName}` })}</Title>
      <RecordTeamInfo table="participants" id={p.id} />
      <Table aria-label={t('person.data')}>
        <Table.Tbody>
          {rows.map(([k, v]) => (
            <Table.Tr key={k}>
              <Table.Th w={260}>{k}</Table.Th>
              <Table.Td>{v}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={2} size="h4">
        {t('person.records', { n: all.length })}
      </Title>
      <Table aria-label={t('person.recordsTable')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('person.camp')}</Table.Th>
            <Table.Th>{t('field.role')}</Table.Th>
            <Table.Th>{t('field.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {all.map((r) => (
            <Table.Tr key={r.participant.id}>
              <Table.Td>
                {r.participant.id === p.id ? (
                  `${campOf(r)} (${t('person.thisRecord')})`
                ) : (
                  <Anchor component={Link} to={`/exchanges/person/${r.participant.id}`} size="sm">
                    {campOf(r)}
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td>{t(`role.${r.participant.role}`)}</Table.Td>
              <Table.Td>{t(`status.${r.participant.status}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group className="no-print">
        <Button variant="subtle" aria-expanded={reveal} onClick={() => setReveal((r) => !r)}>
          {reveal ? t('sensitive.hide') : t('sensitive.show')}
        </Button>
      </Group>
      <Group className="no-print" align="center">
        <Checkbox
          label={t('lists.includeSensitive')}
          checked={includeSensitive}
          onChange={(e) => setIncludeSensitive(e.currentTarget.checked)}
        />
        <Button
          onClick={() =>
            void saveJson(
              fileStem([t('person.file'), p.lastName, p.firstName]),
              personExport(record, all, includeSensitive ? todayIso() : undefined),
            )
          }
        >
          {t('person.exportJson')}
        </Button>
        <Button variant="default" onClick={() => window.print()}>
          {t('print.print')}
        </Button>
        <Button color="red" variant="light" onClick={() => setConfirming(true)}>
          {t('person.erase')}
        </Button>
      </Group>
      {withheld.length > 0 && (
        <Alert color="blue" className="no-print">
          {t('person.medicalWithheld', { count: withheld.length })}
        </Alert>
      )}
      <AccessCopyCard all={all} />
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('person.eraseTitle')}>
        <Stack>
          <Text size="sm">{t('person.eraseBody', { name: `${p.firstName} ${p.lastName}` })}</Text>
          {others.length > 0 && (
            <Checkbox
              checked={eraseAll}
              onChange={(e) => setEraseAll(e.currentTarget.checked)}
              label={t('person.eraseAll', { n: all.length })}
              description={all.map(campOf).join('; ')}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {tc('actions.cancel')}
            </Button>
            <Button color="red" onClick={() => void erase()}>
              {t('person.eraseConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
