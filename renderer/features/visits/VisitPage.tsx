// One visit: its facts and warnings, then tabs for members, programme, logistics, gifts, costs, after, dossier.
import { FormModal } from '../../app/FormModal';
import { deleteWithUndo } from '../../app/undoable';
import { Alert, Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordTeamInfo } from '../team/RecordTeamInfo';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { Visit } from '../../../shared/domain';
import { documentWarnings } from '../../../shared/visits/documents';
import { findOverlaps } from '../../../shared/visits/programme';
import { deleteVisit } from '../../db/repositories/visits';
import { useFormat } from '../../i18n/format';
import { AfterSection } from './AfterSection';
import { CostsSection } from './CostsSection';
import { GiftsSection } from './GiftsSection';
import { useEvents, usePartners, useVisit } from './hooks';
import { LogisticsSection } from './LogisticsSection';
import { MembersSection } from './MembersSection';
import { ProgrammeSection } from './ProgrammeSection';
import { VisitForm } from './VisitForm';
import { ConfirmDelete } from '../../app/ConfirmDelete';
import { useWriteLock } from '../../app/writeLock';
import { Letterhead } from '../../app/Letterhead';
import './print.css';

const DossierPanel = lazy(async () => ({ default: (await import('../dossier/DossierPanel')).DossierPanel }));
const TABS = ['members', 'programme', 'logistics', 'gifts', 'costs', 'after', 'dossier'] as const;

export function VisitPage() {
  const { visitId = '' } = useParams();
  const { t } = useTranslation('visits');
  const visit = useVisit(visitId);
  if (visit === undefined) return null;
  if (visit === null)
    return (
      <Alert color="red" role="alert">
        {t('notFound')}
      </Alert>
    );
  return <VisitView visit={visit} />;
}

function VisitView({ visit }: { visit: Visit }) {
  const { t } = useTranslation('visits');
  const lock = useWriteLock();
  const { t: tc } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const partners = usePartners() ?? [];
  const events = useEvents() ?? [];
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [search, setSearch] = useSearchParams();
  const tab = TABS.find((x) => x === search.get('tab')) ?? 'members';
  const overlaps = findOverlaps(visit.programme).size;
  const warnings = documentWarnings(visit).length;
  const event = events.find((e) => e.id === visit.eventId);
  const remove = async () => {
    if (await deleteWithUndo(tc('undo.deleted', { what: visit.title }), () => deleteVisit(visit.id))) {
      void navigate('/visits');
    }
  };
  return (
    <Stack gap="sm" className="visit-page">
      <Letterhead printOnly />
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={1}>{visit.title}</Title>
          <RecordTeamInfo table="visits" id={visit.id} />
          <Group gap="xs">
            <Badge variant="light">{t(`direction.${visit.direction}`)}</Badge>
            <Badge variant="outline">{t(`status.${visit.status}`)}</Badge>
            <Text size="sm">
              {format.date(visit.start)}
              {visit.end !== visit.start ? ` – ${format.date(visit.end)}` : ''}
            </Text>
            <Text size="sm">
              · {visit.partnerIds.map((id) => partners.find((p) => p.id === id)?.name ?? '?').join(', ')}
            </Text>
            {event && (
              <Text size="sm">
                · {t('field.event')}: {event.title}
              </Text>
            )}
          </Group>
          {visit.purpose && (
            <Text size="sm" c="dimmed">
              {visit.purpose}
            </Text>
          )}
        </Stack>
        <Group gap="xs" className="no-print">
          <Button variant="default" onClick={() => window.print()}>
            {tc('actions.print')}
          </Button>
          <Button {...lock} variant="default" onClick={() => setEditing(true)}>
            {tc('actions.edit')}
          </Button>
          <Button {...lock} variant="subtle" color="red" onClick={() => setRemoving(true)}>
            {tc('actions.delete')}
          </Button>
        </Group>
      </Group>
      {(overlaps > 0 || warnings > 0) && (
        <Group gap="xs">
          {overlaps > 0 && <Badge color="orange">{t('programme.overlapWarning', { count: overlaps })}</Badge>}
          {warnings > 0 && <Badge color="orange">{t('members.documentBadge', { count: warnings })}</Badge>}
        </Group>
      )}
      <Tabs value={tab} onChange={(v) => v && setSearch({ tab: v }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="members" pt="sm">
          <MembersSection visit={visit} />
        </Tabs.Panel>
        <Tabs.Panel value="programme" pt="sm">
          <ProgrammeSection visit={visit} />
        </Tabs.Panel>
        <Tabs.Panel value="logistics" pt="sm">
          <LogisticsSection visit={visit} />
        </Tabs.Panel>
        <Tabs.Panel value="gifts" pt="sm">
          <GiftsSection visit={visit} />
        </Tabs.Panel>
        <Tabs.Panel value="costs" pt="sm">
          <CostsSection visit={visit} />
        </Tabs.Panel>
        <Tabs.Panel value="after" pt="sm">
          <AfterSection visit={visit} />
        </Tabs.Panel>
        <Tabs.Panel value="dossier" pt="sm">
          <Suspense fallback={<Text size="sm">{tc('state.loading')}</Text>}>
            <DossierPanel visitId={visit.id} />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
      <FormModal
        closeButtonProps={{ 'aria-label': tc('actions.close') }}
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('form.editTitle')}
        size="lg"
      >
        {editing && <VisitForm visit={visit} onDone={() => setEditing(false)} />}
      </FormModal>
      <ConfirmDelete
        opened={removing}
        title={t('form.deleteTitle')}
        message={t('form.confirmDelete', { name: visit.title })}
        onCancel={() => setRemoving(false)}
        onConfirm={() => void remove()}
      />
    </Stack>
  );
}
