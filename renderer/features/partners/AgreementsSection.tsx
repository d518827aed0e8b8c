// Agreement changes of one partner town (signed, amended, renewed, suspended, ended): list, add, edit, remove.
import { FormModal, useFormChanges } from '../../app/FormModal';
import { DateField } from '../../app/DateField';
import { notifyFailure } from '../../app/failure';
import { Button, Card, Group, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementChanges, agreementSchema, type Agreement, type AgreementChange } from '../../../shared/domain';
import { deleteAgreement, saveAgreement } from '../../db/repositories/agreements';
import { useFormat } from '../../i18n/format';
import { useAgreements } from './hooks';
import { validationText } from './labels';
import { ConfirmDelete } from '../../app/ConfirmDelete';
import { deleteWithUndo } from '../../app/undoable';
import { useWriteLock } from '../../app/writeLock';

export function AgreementsSection({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const lock = useWriteLock();
  const format = useFormat();
  const agreements = useAgreements(partnerId);
  const [editing, setEditing] = useState<Agreement | 'new' | null>(null);
  const [removing, setRemoving] = useState<Agreement | null>(null);
  const remove = async (a: Agreement) => {
    setRemoving(null);
    await deleteWithUndo(tc('undo.deleted', { what: a.title }), () => deleteAgreement(a.id));
  };
  return (
    <Card withBorder component="section" aria-label={t('section.agreements')}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('section.agreements')}
        </Title>
        <Button {...lock} size="xs" className="no-print" onClick={() => setEditing('new')}>
          {t('agreement.add')}
        </Button>
      </Group>
      {agreements && agreements.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('agreement.empty')}
        </Text>
      )}
      {agreements && agreements.length > 0 && (
        <Table fz="sm" verticalSpacing={4} aria-label={t('section.agreements')}>
          <Table.Tbody>
            {[...agreements].reverse().map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td w={140}>{format.date(a.date, 'short')}</Table.Td>
                <Table.Td w={140}>{t(`agreement.changes.${a.change}`)}</Table.Td>
                <Table.Td>
                  {a.title}
                  {a.notes ? ` — ${a.notes}` : ''}
                </Table.Td>
                <Table.Td className="no-print" w={150}>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="default"
                      aria-label={t('agreement.edit', { title: a.title })}
                      onClick={() => setEditing(a)}
                    >
                      {tc('actions.edit')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('agreement.delete', { title: a.title })}
                      onClick={() => setRemoving(a)}
                    >
                      {tc('actions.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <FormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('agreement.addTitle') : t('agreement.editTitle')}
      >
        {editing !== null && (
          <AgreementForm
            partnerId={partnerId}
            agreement={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </FormModal>
      <ConfirmDelete
        opened={removing !== null}
        title={t('agreement.delete', { title: removing?.title ?? '' })}
        message={t('agreement.confirmDelete', { title: removing?.title ?? '' })}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && void remove(removing)}
      />
    </Card>
  );
}

function AgreementForm({
  partnerId,
  agreement,
  onDone,
}: {
  partnerId: string;
  agreement?: Agreement;
  onDone: () => void;
}) {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const [change, setChange] = useState<AgreementChange>(agreement?.change ?? 'amended');
  const [date, setDate] = useState(agreement?.date ?? '');
  const [title, setTitle] = useState(agreement?.title ?? '');
  const [notes, setNotes] = useState(agreement?.notes ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const changes = useFormChanges(
    change !== (agreement?.change ?? 'amended') ||
      date !== (agreement?.date ?? '') ||
      title !== (agreement?.title ?? '') ||
      notes !== (agreement?.notes ?? ''),
    onDone,
  );
  const submit = async () => {
    const record = {
      id: 'new',
      partnerId,
      change,
      date,
      title,
      notes: notes.trim() || undefined,
      createdAt: '',
      updatedAt: '',
    };
    const parsed = agreementSchema.safeParse(record);
    if (!parsed.success) {
      const first: Record<string, string> = {};
      for (const i of parsed.error.issues) first[String(i.path[0])] ??= i.message;
      if (!date) first.date = 'required';
      setErrors(first);
      return;
    }
    try {
      await saveAgreement({
        id: agreement?.id,
        createdAt: agreement?.createdAt,
        documentId: agreement?.documentId,
        partnerId,
        change,
        date,
        title,
        notes: record.notes,
      });
      changes.saved();
      onDone();
    } catch (error) {
      notifyFailure('save', error);
    }
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      aria-label={agreement ? t('agreement.editTitle') : t('agreement.addTitle')}
    >
      <Stack gap="sm">
        <Select
          label={t('agreement.change')}
          value={change}
          allowDeselect={false}
          onChange={(v) => v && setChange(v as AgreementChange)}
          data={agreementChanges.map((c) => ({ value: c, label: t(`agreement.changes.${c}`) }))}
        />
        <DateField
          label={t('agreement.date')}
          withAsterisk
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={validationText(errors.date)}
        />
        <TextInput
          label={t('agreement.title')}
          withAsterisk
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={validationText(errors.title)}
        />
        <Textarea label={t('agreement.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={changes.cancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit">{tc('actions.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
