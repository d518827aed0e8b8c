// Everything stored about one person (a data subject's access request): a readable page, a JSON
// export, and erasure. Sensitive notes stay hidden and out of the file unless the user asks.
import { Anchor, Button, Checkbox, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { consentKinds } from '../../../shared/domain';
import { participantAge } from '../../../shared/exchanges/age';
import { notifyError, notifySuccess } from '../../app/notify';
import { classifyDatabaseError } from '../../db/errors';
import { eraseParticipant } from '../../db/repositories/anonymisation';
import { getPersonRecord, type PersonRecord } from '../../db/repositories/participants';
import { useFormat } from '../../i18n/format';
import { fileStem, saveJson } from './files';
import './print.css';

/** The person's data as a plain object: what the JSON file holds. */
export function personExport({ participant: p, event, occurrence, room, sendingTown }: PersonRecord, withSensitive: boolean) {
  const { dietaryNotes, medicalNotes, roomId: _room, ...rest } = p;
  return {
    person: { ...rest, sendingTown: sendingTown.name, ...(withSensitive ? { dietaryNotes, medicalNotes } : {}) },
    camp: event ? { title: occurrence?.title ?? event.title, start: occurrence?.start ?? p.occurrence, end: occurrence?.end } : null,
    room: room?.name ?? null,
  };
}

export function PersonPage() {
  const { t } = useTranslation('exchanges');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { participantId = '' } = useParams();
  const record = useLiveQuery(() => getPersonRecord(participantId), [participantId]);
  const [reveal, setReveal] = useState(false);
  const [includeSensitive, setIncludeSensitive] = useState(false);
  const [confirming, setConfirming] = useState(false);
  if (record === undefined) return null;
  if (record === null) {
    return (
      <Stack>
        <Title order={1}>{t('person.notFound')}</Title>
        <Anchor component={Link} to="/exchanges">{t('camp.back')}</Anchor>
      </Stack>
    );
  }
  const p = record.participant;
  const campLink = `/exchanges/${p.eventId}/${p.occurrence}`;
  const erase = async () => {
    try {
      await eraseParticipant(p.id);
      notifySuccess(t('person.erased'));
      void navigate(campLink);
    } catch (error) {
      notifyError(tc(`db.${classifyDatabaseError(error)}`));
    }
  };
  const rows: [string, string][] = [
    [t('field.firstName'), p.firstName], [t('field.lastName'), p.lastName],
    [t('field.birthDate'), p.birthDate ? format.date(p.birthDate, 'P') : String(p.birthYear)],
    [t('field.age'), record.occurrence ? String(participantAge(p, record.occurrence.start)) : '—'],
    [t('field.role'), t(`role.${p.role}`)], [t('field.sendingTown'), record.sendingTown.name],
    [t('field.status'), t(`status.${p.status}`)], [t('field.guardianName'), p.guardianName ?? '—'],
    [t('field.guardianPhone'), p.guardianPhone ?? '—'],
    [t('field.travelDocumentExpiry'), p.travelDocumentExpiry ? format.date(p.travelDocumentExpiry, 'P') : '—'],
    [t('person.camp'), record.occurrence ? `${record.occurrence.title}, ${format.date(record.occurrence.start, 'P')} – ${format.date(record.occurrence.end, 'P')}` : '—'],
    [t('person.room'), record.room?.name ?? '—'],
    ...consentKinds.map((k): [string, string] => {
      const c = p.consents[k];
      if (!c) return [t(`consent.${k}`), t('consent.none')];
      const given = t('person.consentGiven', { date: format.date(c.givenOn, 'P'), by: c.givenBy });
      return [t(`consent.${k}`), c.withdrawnOn ? `${given}; ${t('person.consentWithdrawn', { date: format.date(c.withdrawnOn, 'P') })}` : given];
    }),
    [t('person.anonymisedAt'), p.anonymisedAt ? format.date(p.anonymisedAt, 'Pp') : '—'],
    [t('person.stored'), `${format.date(p.createdAt, 'Pp')} / ${format.date(p.updatedAt, 'Pp')}`],
  ];
  if (reveal) rows.push([t('field.dietaryNotes'), p.dietaryNotes ?? '—'], [t('field.medicalNotes'), p.medicalNotes ?? '—']);

  return (
    <Stack className="exchanges-print" maw={900}>
      <Anchor component={Link} to={campLink} size="sm" className="no-print">{t('camp.backToCamp')}</Anchor>
      <Title order={1}>{t('person.title', { name: `${p.firstName} ${p.lastName}` })}</Title>
      <Table aria-label={t('person.data')}>
        <Table.Tbody>
          {rows.map(([k, v]) => <Table.Tr key={k}><Table.Th w={260}>{k}</Table.Th><Table.Td>{v}</Table.Td></Table.Tr>)}
        </Table.Tbody>
      </Table>
      <Group className="no-print">
        <Button variant="subtle" aria-expanded={reveal} onClick={() => setReveal((r) => !r)}>
          {reveal ? t('sensitive.hide') : t('sensitive.show')}
        </Button>
      </Group>
      <Group className="no-print" align="center">
        <Checkbox label={t('lists.includeSensitive')} checked={includeSensitive} onChange={(e) => setIncludeSensitive(e.currentTarget.checked)} />
        <Button onClick={() => void saveJson(fileStem(t('person.file'), p.lastName, p.firstName), personExport(record, includeSensitive))}>
          {t('person.exportJson')}
        </Button>
        <Button variant="default" onClick={() => window.print()}>{t('print.print')}</Button>
        <Button color="red" variant="light" onClick={() => setConfirming(true)}>{t('person.erase')}</Button>
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('person.eraseTitle')}>
        <Stack>
          <Text size="sm">{t('person.eraseBody', { name: `${p.firstName} ${p.lastName}` })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>{tc('actions.cancel')}</Button>
            <Button color="red" onClick={() => void erase()}>{t('person.eraseConfirm')}</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
