// Adding or editing one participant: personal data, guardian, consents, and sensitive notes behind a reveal.
import { DateField } from '../../app/DateField';
import { notifyFailure } from '../../app/failure';
import {
  Button,
  Collapse,
  Fieldset,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { consentKinds, participantRoles, participantStatuses, type Participant } from '../../../shared/domain';
import { notifySuccess } from '../../app/notify';
import { deleteParticipant, saveParticipant, type TownOption } from '../../db/repositories/participants';
import { ConfirmDelete } from '../../app/ConfirmDelete';
import { deleteWithUndo } from '../../app/undoable';
import { useUnsavedGuard } from '../../app/UnsavedGuard';
import { fromForm, toForm, type FormValues } from './participantForm';
import type { FieldMessages } from '../../../shared/forms/fieldMessages';
import { useFieldText } from '../../app/fieldText';

interface Props {
  eventId: string;
  occurrence: string;
  firstDay: string;
  towns: TownOption[];
  /** The person edited, or null for a new one. */
  participant: Participant | null;
  onClose: () => void;
}

export function ParticipantModal({ eventId, occurrence, firstDay, towns, participant, onClose }: Props) {
  const { t } = useTranslation('exchanges');
  const { t: tc } = useTranslation();
  const [initial] = useState<FormValues>(() => toForm(participant ?? undefined));
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<FieldMessages>({});
  const fieldText = useFieldText();
  const [showSensitive, setShowSensitive] = useState(false);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState(false);
  const fullName = participant ? `${participant.firstName} ${participant.lastName}` : '';
  const remove = async () => {
    if (!participant) return;
    setRemoving(false);
    if (await deleteWithUndo(tc('undo.deleted', { what: fullName }), () => deleteParticipant(participant.id))) {
      onClose();
    }
  };
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const err = (path: string) => fieldText(errors[path]);
  const text = (key: 'firstName' | 'lastName' | 'guardianName' | 'guardianPhone', required = false) => (
    <TextInput
      label={t(`field.${key}`)}
      required={required}
      value={values[key]}
      error={err(key)}
      onChange={(e) => set(key, e.currentTarget.value)}
    />
  );
  const date = (key: 'birthDate' | 'travelDocumentExpiry', required = false) => (
    <DateField
      label={t(`field.${key}`)}
      required={required}
      value={values[key]}
      error={err(key)}
      onChange={(e) => set(key, e.currentTarget.value)}
    />
  );

  const save = async () => {
    const result = fromForm(
      values,
      {
        id: participant?.id,
        eventId,
        occurrence,
        createdAt: participant?.createdAt,
        roomId: participant?.roomId,
      },
      firstDay,
    );
    if (!result.ok) {
      setErrors(result.errors);
      if (Object.keys(result.errors).some((k) => k.endsWith('Notes'))) setShowSensitive(true);
      return;
    }
    setBusy(true);
    try {
      await saveParticipant(result.input);
      notifySuccess(tc('state.saved'));
      onClose();
    } catch (error) {
      notifyFailure('save', error);
    } finally {
      setBusy(false);
    }
  };

  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const guarded = useUnsavedGuard(dirty && !busy, onClose, () => void save());

  const consentSet = (
    kind: (typeof consentKinds)[number],
    field: 'givenOn' | 'givenBy' | 'withdrawnOn',
    value: string,
  ) => setValues((v) => ({ ...v, consents: { ...v.consents, [kind]: { ...v.consents[kind], [field]: value } } }));

  return (
    <Modal
      opened
      onClose={guarded.requestClose}
      size="xl"
      title={participant ? t('form.editTitle') : t('form.addTitle')}
    >
      {guarded.guard}
      <Stack gap="sm" onKeyDown={guarded.saveKeys}>
        <SimpleGrid cols={2}>
          {text('firstName', true)}
          {text('lastName', true)}
          {date('birthDate', true)}
          <NativeSelect
            label={t('field.role')}
            value={values.role}
            onChange={(e) => set('role', e.currentTarget.value as FormValues['role'])}
            data={participantRoles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          />
          <NativeSelect
            label={t('field.sendingTown')}
            value={values.sendingTown}
            onChange={(e) => set('sendingTown', e.currentTarget.value)}
            data={towns.map((town) => ({ value: town.ref, label: town.name }))}
          />
          <NativeSelect
            label={t('field.status')}
            value={values.status}
            onChange={(e) => set('status', e.currentTarget.value as FormValues['status'])}
            data={participantStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
          {text('guardianName')}
          {text('guardianPhone')}
          {date('travelDocumentExpiry')}
        </SimpleGrid>
        {consentKinds.map((kind) => (
          <Fieldset key={kind} legend={t(`consent.${kind}`)} variant="filled">
            <SimpleGrid cols={3}>
              <DateField
                label={t('consent.givenOn', { kind: t(`consent.${kind}`) })}
                value={values.consents[kind].givenOn}
                error={err(`consents.${kind}.givenOn`)}
                onChange={(e) => consentSet(kind, 'givenOn', e.currentTarget.value)}
              />
              <TextInput
                label={t('consent.givenBy', { kind: t(`consent.${kind}`) })}
                value={values.consents[kind].givenBy}
                error={err(`consents.${kind}.givenBy`)}
                onChange={(e) => consentSet(kind, 'givenBy', e.currentTarget.value)}
              />
              <DateField
                label={t('consent.withdrawnOn', { kind: t(`consent.${kind}`) })}
                value={values.consents[kind].withdrawnOn}
                error={err(`consents.${kind}.withdrawnOn`)}
                onChange={(e) => consentSet(kind, 'withdrawnOn', e.currentTarget.value)}
              />
            </SimpleGrid>
          </Fieldset>
        ))}
        <Button
          variant="subtle"
          w="fit-content"
          aria-expanded={showSensitive}
          onClick={() => setShowSensitive((s) => !s)}
        >
          {showSensitive ? t('sensitive.hide') : t('sensitive.show')}
        </Button>
        <Collapse expanded={showSensitive}>
          {showSensitive && (
            <SimpleGrid cols={2}>
              <Textarea
                label={t('field.dietaryNotes')}
                description={t('sensitive.note')}
                value={values.dietaryNotes}
                onChange={(e) => set('dietaryNotes', e.currentTarget.value)}
                autosize
                minRows={2}
              />
              <Textarea
                label={t('field.medicalNotes')}
                description={t('sensitive.note')}
                value={values.medicalNotes}
                onChange={(e) => set('medicalNotes', e.currentTarget.value)}
                autosize
                minRows={2}
              />
            </SimpleGrid>
          )}
        </Collapse>
        <Group justify="flex-end" className="dialog-footer">
          {participant && (
            <Button color="red" variant="subtle" mr="auto" onClick={() => setRemoving(true)}>
              {t('form.delete')}
            </Button>
          )}
          <Button variant="default" onClick={guarded.requestClose}>
            {tc('actions.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void save()}>
            {tc('actions.save')}
          </Button>
        </Group>
      </Stack>
      <ConfirmDelete
        opened={removing}
        title={t('form.deleteTitle', { name: fullName })}
        message={t('form.deleteMessage')}
        onCancel={() => setRemoving(false)}
        onConfirm={() => void remove()}
      />
    </Modal>
  );
}
