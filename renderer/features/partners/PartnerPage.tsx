// One partner town: profile, legal basis, contacts, agreement changes and the timeline of everything done together.
import { Alert, Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordTeamInfo } from '../team/RecordTeamInfo';
import { Link, useNavigate, useParams } from 'react-router';
import type { Partner } from '../../../shared/domain';
import { FormModal } from '../../app/FormModal';
import { notifyFileResult } from '../../app/notify';
import { getAttachment } from '../../db/repositories/attachments';
import { deletePartner } from '../../db/repositories/partners';
import { useFormat } from '../../i18n/format';
import { platform } from '../../platform';
import { AgreementsSection } from './AgreementsSection';
import { ContactsSection } from './ContactsSection';
import { useAttachmentInfo, usePartner } from './hooks';
import { TimelineSection } from './TimelineSection';
import { ConfirmDelete } from '../../app/ConfirmDelete';
import { deleteWithUndo } from '../../app/undoable';
import { listHref } from '../../app/useUrlState';
import { useWriteLock } from '../../app/writeLock';

/** The edit form (its country list, file picker and vocabulary) loads when the form is first opened. */
const PartnerForm = lazy(async () => ({ default: (await import('./PartnerForm')).PartnerForm }));

export function PartnerPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('partners');
  const partner = usePartner(id);
  if (partner === undefined) return null;
  if (partner === null) {
    return (
      <Stack>
        <Alert color="orange">{t('notFound')}</Alert>
        <Anchor component={Link} to={listHref('/partners')}>
          {t('actions.back')}
        </Anchor>
      </Stack>
    );
  }
  return <PartnerView partner={partner} />;
}

function PartnerView({ partner }: { partner: Partner }) {
  const { t } = useTranslation('partners');
  const lock = useWriteLock();
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const remove = async () => {
    if (await deleteWithUndo(t('deleted', { name: partner.name }), () => deletePartner(partner.id))) {
      void navigate('/partners');
    }
  };
  return (
    <Stack gap="md">
      <Anchor component={Link} to={listHref('/partners')} size="sm" className="no-print">
        ← {t('actions.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={1}>{partner.name}</Title>
          <RecordTeamInfo table="partners" id={partner.id} />
          <Group gap="xs">
            <Badge variant="light">{t(`relationKind.${partner.relationKind}`)}</Badge>
            <Badge variant="outline">{t(`status.${partner.status}`)}</Badge>
            {partner.example && (
              <Badge size="sm" variant="light" color="gray">
                {tc('state.example')}
              </Badge>
            )}
          </Group>
        </Stack>
        <Group gap="xs" className="no-print">
          <Button {...lock} onClick={() => setEditing(true)}>
            {t('actions.edit')}
          </Button>
          <Button {...lock} color="red" variant="light" onClick={() => setConfirming(true)}>
            {t('actions.delete')}
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ProfileCard partner={partner} />
        <LegalBasisCard partner={partner} />
      </SimpleGrid>
      <ContactsSection partnerId={partner.id} />
      <AgreementsSection partnerId={partner.id} />
      <TimelineSection partnerId={partner.id} />
      <FormModal
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('form.editTitle', { name: partner.name })}
        size="xl"
      >
        {editing && (
          <Suspense fallback={null}>
            <PartnerForm partner={partner} onCancel={() => setEditing(false)} onSaved={() => setEditing(false)} />
          </Suspense>
        )}
      </FormModal>
      <ConfirmDelete
        opened={confirming}
        title={t('actions.delete')}
        message={t('confirmDelete', { name: partner.name })}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void remove()}
      />
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  if (children === undefined || children === '' || children === null) return null;
  return (
    <>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children}
      </Text>
    </>
  );
}

const grid = {
  display: 'grid',
  gridTemplateColumns: 'minmax(120px, max-content) 1fr',
  gap: '4px 16px',
  margin: 0,
} as const;

function ProfileCard({ partner: p }: { partner: Partner }) {
  const { t } = useTranslation('partners');
  const format = useFormat();
  const label = (table: 'area' | 'funding', key: string) => t(`${table}.${key}`, { defaultValue: key });
  return (
    <Card withBorder component="section" aria-label={t('section.profile')}>
      <Title order={2} size="h4" mb="xs">
        {t('section.profile')}
      </Title>
      <dl style={grid}>
        <Field label={t('field.namePl')}>{p.namePl}</Field>
        <Field label={t('field.country')}>{format.country(p.country)}</Field>
        <Field label={t('field.region')}>{p.region}</Field>
        <Field label={t('field.population')}>
          {p.population === undefined ? undefined : format.number(p.population)}
        </Field>
        <Field label={t('field.website')}>{p.website}</Field>
        <Field label={t('field.languages')}>{format.languages(p.languages)}</Field>
        <Field label={t('field.startDate')}>{p.startDate && format.date(p.startDate)}</Field>
        <Field label={t('field.areas')}>{p.areas.map((a) => label('area', a)).join(', ')}</Field>
        <Field label={t('field.funding')}>{p.funding.map((f) => label('funding', f)).join(', ')}</Field>
        <Field label={t('field.awards')}>{p.awards.map((a) => `${t(`stage.${a.stage}`)} ${a.year}`).join(', ')}</Field>
        <Field label={t('field.notes')}>{p.notes}</Field>
      </dl>
    </Card>
  );
}

function LegalBasisCard({ partner: p }: { partner: Partner }) {
  const { t } = useTranslation('partners');
  const format = useFormat();
  const info = useAttachmentInfo(p.legalBasis.documentId);
  const download = async () => {
    const file = p.legalBasis.documentId ? await getAttachment(p.legalBasis.documentId) : undefined;
    if (!file) return;
    const extension = file.fileName.split('.').pop()?.toLowerCase() ?? 'bin';
    notifyFileResult(
      await platform.saveFile({
        suggestedName: file.fileName,
        data: file.data,
        filters: [{ name: t('field.document'), extensions: [extension] }],
      }),
    );
  };
  const lb = p.legalBasis;
  const empty = !lb.resolutionNumber && !lb.resolutionDate && !lb.adoptedBy && !lb.signedDate && !info;
  return (
    <Card withBorder component="section" aria-label={t('section.legalBasis')}>
      <Title order={2} size="h4" mb="xs">
        {t('section.legalBasis')}
      </Title>
      {empty && (
        <Text size="sm" c="dimmed">
          {t('legalBasisEmpty')}
        </Text>
      )}
      <dl style={grid}>
        <Field label={t('field.resolutionNumber')}>{lb.resolutionNumber}</Field>
        <Field label={t('field.resolutionDate')}>{lb.resolutionDate && format.date(lb.resolutionDate)}</Field>
        <Field label={t('field.adoptedBy')}>{lb.adoptedBy}</Field>
        <Field label={t('field.signedDate')}>{lb.signedDate && format.date(lb.signedDate)}</Field>
        <Field label={t('field.document')}>
          {info ? (
            <Group gap="xs">
              <Text size="sm">
                {info.fileName} ({format.number(Math.ceil(info.size / 1024))} kB)
              </Text>
              <Button size="compact-xs" variant="default" onClick={() => void download()}>
                {t('actions.download')}
              </Button>
            </Group>
          ) : undefined}
        </Field>
      </dl>
    </Card>
  );
}
