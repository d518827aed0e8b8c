// The visit's basic facts: direction, partner towns, title, purpose, dates, status, tie to an event.
import { useFormChanges } from '../../app/FormModal';
import { DateField } from '../../app/DateField';
import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  visitDirections,
  visitDraftSchema,
  visitStatuses,
  type Visit,
  type VisitDirection,
  type VisitStatus,
} from '../../../shared/domain';
import { createVisit, updateVisit } from '../../db/repositories/visits';
import { useEvents, usePartners } from './hooks';
import { attempt, draftErrors, shownErrors } from './save';

interface Draft {
  direction: VisitDirection;
  partnerIds: string[];
  title: string;
  purpose: string;
  start: string;
  end: string;
  status: VisitStatus;
  eventId: string | null;
}

const draftOf = (v?: Visit): Draft => ({
  direction: v?.direction ?? 'incoming',
  partnerIds: v?.partnerIds ?? [],
  title: v?.title ?? '',
  purpose: v?.purpose ?? '',
  start: v?.start ?? '',
  end: v?.end ?? '',
  status: v?.status ?? 'planned',
  eventId: v?.eventId ?? null,
});

export function VisitForm({ visit, onDone }: { visit?: Visit; onDone: (saved?: Visit) => void }) {
  const { t } = useTranslation('visits');
  const { t: tc } = useTranslation();
  const partners = usePartners() ?? [];
  const events = useEvents() ?? [];
  const [draft, setDraft] = useState<Draft>(() => draftOf(visit));
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const changes = useFormChanges(edited.size > 0, () => onDone());
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setEdited((e) => new Set([...e, ...Object.keys(patch)]));
  };
  const facts = {
    direction: draft.direction,
    partnerIds: draft.partnerIds,
    title: draft.title,
    purpose: draft.purpose.trim() || undefined,
    start: draft.start,
    end: draft.end || draft.start,
    status: draft.status,
    eventId: draft.eventId ?? undefined,
  };
  const live = draftErrors(visitDraftSchema, { ...visit, ...facts });
  const errors = shownErrors(live, edited, submitted);

  const submit = async () => {
    setSubmitted(true);
    if (Object.keys(live).length > 0) return;
    let saved: Visit | undefined;
    const failed = await attempt(async () => {
      saved = visit ? await updateVisit(visit.id, (v) => ({ ...v, ...facts })) : await createVisit(facts);
    });
    if (failed) return;
    changes.saved();
    onDone(saved);
  };

  return (
    <Stack
      renderRoot={(props) => <form {...props} noValidate />}
      gap="sm"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      aria-label={t('form.label')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('field.direction')}
          data={visitDirections.map((d) => ({ value: d, label: t(`direction.${d}`) }))}
          value={draft.direction}
          onChange={(v) => v && set({ direction: v as VisitDirection })}
          allowDeselect={false}
        />
        <Select
          label={t('field.status')}
          data={visitStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={draft.status}
          onChange={(v) => v && set({ status: v as VisitStatus })}
          allowDeselect={false}
        />
      </SimpleGrid>
      <MultiSelect
        label={t('field.partners')}
        data={partners.map((p) => ({ value: p.id, label: p.name }))}
        searchable
        required
        value={draft.partnerIds}
        onChange={(v) => set({ partnerIds: v })}
        error={errors.partnerIds}
      />
      <TextInput
        label={t('field.title')}
        required
        value={draft.title}
        onChange={(e) => set({ title: e.currentTarget.value })}
        error={errors.title}
      />
      <Textarea
        label={t('field.purpose')}
        autosize
        minRows={2}
        value={draft.purpose}
        onChange={(e) => set({ purpose: e.currentTarget.value })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField
          label={t('field.start')}
          required
          value={draft.start}
          onChange={(e) => set({ start: e.currentTarget.value })}
          error={errors.start}
        />
        <DateField
          label={t('field.end')}
          required
          value={draft.end}
          onChange={(e) => set({ end: e.currentTarget.value })}
          error={errors.end}
        />
      </SimpleGrid>
      <Select
        label={t('field.event')}
        placeholder={t('field.noEvent')}
        clearable
        searchable
        value={draft.eventId}
        data={events.map((e) => ({ value: e.id, label: e.title }))}
        onChange={(v) => set({ eventId: v })}
      />
      <Group justify="flex-end" className="dialog-footer">
        <Button variant="default" onClick={changes.cancel}>
          {tc('actions.cancel')}
        </Button>
        <Button type="submit">{tc('actions.save')}</Button>
      </Group>
    </Stack>
  );
}
