// The form for one agreement change of a partner town (add or edit), loaded when it is first opened.
import { useFormChanges } from '../../app/FormModal';
import { DateField } from '../../app/DateField';
import { notifyFailure } from '../../app/failure';
import { Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  agreementChanges,
  agreementDraftSchema,
  type Agreement,
  type AgreementChange,
  type AgreementDraft,
} from '../../../shared/domain';
import { draftMessages, messageKeys, type FieldMessages } from '../../../shared/forms/fieldMessages';
import { useFieldText } from '../../app/fieldText';
import { saveAgreement } from '../../db/repositories/agreements';

export function AgreementForm({
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
  const [errors, setErrors] = useState<FieldMessages>({});
  const text = useFieldText();
  const changes = useFormChanges(
    change !== (agreement?.change ?? 'amended') ||
      date !== (agreement?.date ?? '') ||
      title !== (agreement?.title ?? '') ||
      notes !== (agreement?.notes ?? ''),
    onDone,
  );
  const submit = async () => {
    const draft: AgreementDraft = {
      partnerId,
      change,
      date,
      title,
      notes: notes.trim() || undefined,
      documentId: agreement?.documentId,
    };
    const found = draftMessages(agreementDraftSchema, draft, (path) => path.split('.')[0]);
    if (!date) found.date = messageKeys.required;
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    try {
      await saveAgreement({ ...draft, id: agreement?.id, createdAt: agreement?.createdAt });
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
          error={text(errors.date)}
        />
        <TextInput
          label={t('agreement.title')}
          withAsterisk
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={text(errors.title)}
        />
        <Textarea label={t('agreement.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
        <Group justify="flex-end" className="dialog-footer">
          <Button variant="default" onClick={changes.cancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit">{tc('actions.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
