// The add/edit form of a partner town: every field, validation as you type, the agreement document.
import { notifyFailure } from '../../app/failure';
import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { Controller, useFieldArray, useForm, type Control, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  MAX_ATTACHMENT_BYTES,
  cooperationAreas,
  europePrizeStages,
  fundingProgrammes,
  partnerStatuses,
  relationKinds,
  type Partner,
} from '../../../shared/domain';
import type { MessageKey } from '../../../shared/forms/fieldMessages';
import {
  partnerFormMessages,
  partnerFormValues,
  partnerFromForm,
  type PartnerFormValues,
} from '../../../shared/partners/partnerForm';
import { draftResolver } from '../../app/draftResolver';
import { useFieldText } from '../../app/fieldText';
import { useFormChanges } from '../../app/FormModal';
import { notifySuccess } from '../../app/notify';
import type { PickedFile } from '../../db/repositories/attachments';
import { savePartner } from '../../db/repositories/partners';
import { platform } from '../../platform';
import { useAttachmentInfo } from './hooks';
import { megabytes, useCountryOptions, validationText } from './labels';

const DOCUMENT_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png', 'tif', 'tiff', 'doc', 'docx', 'odt'];

interface Props {
  partner?: Partner;
  onSaved: (partner: Partner) => void;
  onCancel: () => void;
}

export function PartnerForm({ partner, onSaved, onCancel }: Props) {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const countries = useCountryOptions();
  const stored = useAttachmentInfo(partner?.legalBasis.documentId);
  const [document, setDocument] = useState<PickedFile | undefined>();
  const [documentError, setDocumentError] = useState<string | undefined>();
  const fieldText = useFieldText();
  const { control, register, handleSubmit, formState } = useForm<PartnerFormValues>({
    resolver: draftResolver((values) => partnerFormMessages(values, partner)),
    defaultValues: partnerFormValues(partner),
    mode: 'onChange',
  });
  const awards = useFieldArray({ control, name: 'awards' });
  const changes = useFormChanges(formState.isDirty || document !== undefined, onCancel);
  const err = (name: FieldPath<PartnerFormValues>) => {
    const parts = name.split('.');
    let node: unknown = formState.errors;
    for (const p of parts) node = (node as Record<string, unknown> | undefined)?.[p];
    return fieldText((node as { message?: MessageKey } | undefined)?.message);
  };
  const text = (
    name: FieldPath<PartnerFormValues>,
    label: string,
    extra: { type?: string; required?: boolean } = {},
  ) => (
    <TextInput label={label} {...register(name)} error={err(name)} type={extra.type} withAsterisk={extra.required} />
  );

  const attach = async () => {
    setDocumentError(undefined);
    const result = await platform.openFile({
      filters: [{ name: t('field.document'), extensions: DOCUMENT_EXTENSIONS }],
      maxBytes: MAX_ATTACHMENT_BYTES,
    });
    if (!result.ok) {
      setDocumentError(
        result.error.code === 'too-large'
          ? validationText('attachment.tooLarge', { max: megabytes(MAX_ATTACHMENT_BYTES) })
          : tc(`file.${result.error.code}`),
      );
      return;
    }
    if ('canceled' in result.value) return;
    if (result.value.data.byteLength > MAX_ATTACHMENT_BYTES) {
      setDocumentError(validationText('attachment.tooLarge', { max: megabytes(MAX_ATTACHMENT_BYTES) }));
      return;
    }
    setDocument({ fileName: result.value.fileName, data: result.value.data });
  };

  const submit = async (values: PartnerFormValues) => {
    try {
      const saved = await savePartner(partnerFromForm(values, partner), document);
      notifySuccess(t('saved', { name: saved.name }));
      changes.saved();
      onSaved(saved);
    } catch (error) {
      // A record the form passed but the schema refuses: said in the user's words, never by field path.
      notifyFailure('save', error);
    }
  };

  return (
    <form
      onSubmit={(e) => void handleSubmit(submit)(e)}
      noValidate
      aria-label={partner ? t('form.editTitle', { name: partner.name }) : t('form.addTitle')}
    >
      <Stack gap="sm">
        <Fieldset legend={t('form.profile')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {text('name', t('field.name'), { required: true })}
            {text('namePl', t('field.namePl'))}
            <Controller
              control={control}
              name="country"
              render={({ field }) => (
                <Select
                  label={t('field.country')}
                  placeholder={t('form.pickCountry')}
                  data={countries}
                  searchable
                  withAsterisk
                  value={field.value || null}
                  onChange={(v) => field.onChange(v ?? '')}
                  onBlur={field.onBlur}
                  error={err('country')}
                />
              )}
            />
            {text('region', t('field.region'))}
            {text('population', t('field.population'))}
            {text('website', t('field.website'))}
            <TagsFieldInput
              control={control}
              name="languages"
              error={err('languages')}
              label={t('field.languages')}
              placeholder={t('form.languagesHint')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('form.relation')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <EnumSelect
              control={control}
              name="relationKind"
              label={t('field.relationKind')}
              data={relationKinds.map((k) => ({ value: k, label: t(`relationKind.${k}`) }))}
            />
            <EnumSelect
              control={control}
              name="status"
              label={t('field.status')}
              data={partnerStatuses.map((k) => ({ value: k, label: t(`status.${k}`) }))}
            />
            {text('startDate', t('field.startDate'), { type: 'date' })}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('form.legalBasis')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {text('resolutionNumber', t('field.resolutionNumber'))}
            {text('resolutionDate', t('field.resolutionDate'), { type: 'date' })}
            {text('adoptedBy', t('field.adoptedBy'))}
            {text('signedDate', t('field.signedDate'), { type: 'date' })}
          </SimpleGrid>
          <Group mt="sm" gap="sm">
            <Button variant="default" size="xs" onClick={() => void attach()}>
              {t('actions.attach')}
            </Button>
            <Text size="sm" c="dimmed">
              {document
                ? t('form.documentPending', { name: document.fileName })
                : stored
                  ? t('form.documentStored', { name: stored.fileName })
                  : t('form.noDocument')}
            </Text>
            {document && (
              <Button variant="subtle" size="xs" color="red" onClick={() => setDocument(undefined)}>
                {t('actions.removeDocument')}
              </Button>
            )}
          </Group>
          {documentError && (
            <Alert color="red" mt="xs" role="alert">
              {documentError}
            </Alert>
          )}
        </Fieldset>
        <Fieldset legend={t('form.cooperation')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Controller
              control={control}
              name="areas"
              render={({ field }) => (
                <MultiSelect
                  label={t('field.areas')}
                  data={cooperationAreas.map((a) => ({ value: a, label: t(`area.${a}`) }))}
                  value={field.value}
                  onChange={field.onChange}
                  searchable
                />
              )}
            />
            <TagsFieldInput
              control={control}
              name="customAreas"
              error={err('customAreas')}
              label={t('field.customAreas')}
              placeholder={t('form.customHint')}
            />
            <Controller
              control={control}
              name="funding"
              render={({ field }) => (
                <MultiSelect
                  label={t('field.funding')}
                  data={fundingProgrammes.map((f) => ({ value: f, label: t(`funding.${f}`) }))}
                  value={field.value}
                  onChange={field.onChange}
                />
              )}
            />
            <TagsFieldInput
              control={control}
              name="customFunding"
              error={err('customFunding')}
              label={t('field.customFunding')}
              placeholder={t('form.customHint')}
            />
          </SimpleGrid>
          <Text size="sm" fw={500} mt="sm">
            {t('field.awards')}
          </Text>
          {awards.fields.map((f, i) => (
            <Group key={f.id} gap="xs" align="flex-start">
              <EnumSelect
                control={control}
                name={`awards.${i}.stage`}
                label={t('form.awardStage')}
                data={europePrizeStages.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
              />
              <TextInput
                label={t('form.awardYear')}
                w={100}
                {...register(`awards.${i}.year`)}
                error={err(`awards.${i}.year`)}
              />
              <ActionIcon
                mt={24}
                variant="subtle"
                color="red"
                aria-label={t('actions.removeAward')}
                onClick={() => awards.remove(i)}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Button mt="xs" variant="default" size="xs" onClick={() => awards.append({ stage: 'diploma', year: '' })}>
            {t('actions.addAward')}
          </Button>
        </Fieldset>
        <Textarea label={t('field.notes')} minRows={2} rows={2} {...register('notes')} error={err('notes')} />
        {formState.submitCount > 0 && !formState.isValid && (
          <Text c="red" size="sm" role="alert">
            {t('form.fixErrors')}
          </Text>
        )}
        <Group justify="flex-end" className="dialog-footer">
          <Button variant="default" onClick={changes.cancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={formState.isSubmitting}>
            {tc('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type ArrayField = 'languages' | 'customAreas' | 'customFunding';

function TagsFieldInput(props: {
  control: Control<PartnerFormValues>;
  name: ArrayField;
  label: string;
  placeholder: string;
  error?: string;
}) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field }) => (
        <TagsInput
          label={props.label}
          placeholder={props.placeholder}
          value={field.value}
          onChange={field.onChange}
          clearable
          error={props.error}
        />
      )}
    />
  );
}

function EnumSelect(props: {
  control: Control<PartnerFormValues>;
  name: 'relationKind' | 'status' | `awards.${number}.stage`;
  label: string;
  data: { value: string; label: string }[];
}) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field }) => (
        <Select
          label={props.label}
          data={props.data}
          value={field.value}
          allowDeselect={false}
          onChange={(v) => v && field.onChange(v)}
        />
      )}
    />
  );
}
