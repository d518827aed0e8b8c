// The privacy page's retention beyond camps: contacts and delegation members with no event or visit
// for the set years (default 5), offered for anonymisation after a confirmation.
import { notifyFailure } from '../../app/failure';
import { Alert, Anchor, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/notify';
import { todayIso } from '../../app/today';
import { listDormantPeople, peopleRetentionSetting } from '../../db/repositories/dormantPeople';
import { readSetting } from '../../db/repositories/settings';
import { Link } from 'react-router';
import { anonymiseDormantAndRecord, type ErasureOutcome } from './erasure';
import { ErasureOutcomeView } from './ErasureOutcome';

export function DormantPeopleCard() {
  const { t } = useTranslation('exchanges');
  const { t: tc } = useTranslation();
  const retention = useLiveQuery(() => readSetting(peopleRetentionSetting));
  const found = useLiveQuery(() => listDormantPeople(todayIso()));
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<ErasureOutcome | null>(null);
  if (!retention || !found) return null;
  const total = found.contacts.length + found.members.length;
  const run = async () => {
    setConfirming(false);
    try {
      const done = await anonymiseDormantAndRecord(
        found.contacts.map((c) => c.contact.id),
        found.members.map((m) => ({ visitId: m.visit.id, memberId: m.member.id })),
      );
      setOutcome(done);
      notifySuccess(t('dormant.done', { count: done.count }));
    } catch (error) {
      notifyFailure('erase', error);
    }
  };
  return (
    <Stack component="section" aria-label={t('dormant.title')}>
      <Title order={2} size="h4">
        {t('dormant.title')}
      </Title>
      <Text size="sm">{t('dormant.intro')}</Text>
      <Text size="sm">
        {t('dormant.rule', { count: retention.years })}{' '}
        <Anchor component={Link} to="/settings/privacy">
          {t('privacy.retentionChange')}
        </Anchor>
      </Text>
      {outcome && <ErasureOutcomeView outcome={outcome} />}
      {total === 0 ? (
        <Alert color="green">{t('dormant.none')}</Alert>
      ) : (
        <>
          <Table aria-label={t('dormant.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dormant.person')}</Table.Th>
                <Table.Th>{t('dormant.where')}</Table.Th>
                <Table.Th>{t('dormant.last')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {found.contacts.map(({ contact, lastActivity }) => (
                <Table.Tr key={contact.id}>
                  <Table.Td>{contact.name}</Table.Td>
                  <Table.Td>{t('dormant.contact')}</Table.Td>
                  <Table.Td>{lastActivity ?? t('dormant.never')}</Table.Td>
                </Table.Tr>
              ))}
              {found.members.map(({ visit, member }) => (
                <Table.Tr key={`${visit.id}|${member.id}`}>
                  <Table.Td>{member.name}</Table.Td>
                  <Table.Td>{t('dormant.member', { visit: visit.title })}</Table.Td>
                  <Table.Td>{visit.end}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group>
            <Button color="orange" onClick={() => setConfirming(true)}>
              {t('dormant.anonymise', { count: total })}
            </Button>
          </Group>
        </>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('dormant.confirmTitle')}>
        <Stack>
          <Text size="sm">{t('dormant.confirmBody', { count: total })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {tc('actions.cancel')}
            </Button>
            <Button color="orange" onClick={() => void run()}>
              {t('dormant.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
