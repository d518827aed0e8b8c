// The form for one contact of a partner town (add or edit), loaded when it is first opened.
import { notifyFailure } from '../../app/failure';
import { Button, Group, Select, SimpleGrid, Stack, TagsInput, TextInput, Textarea } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contactRoles, type Contact } from '../../../shared/domain';
import type { MessageKey } from '../../../shared/forms/fieldMessages';
import {
  contactFormMessages,
  contactFormValues,
  contactFromForm,
  type ContactFormValues,
} from '../../../shared/partners/partnerForm';
import { draftResolver } from '../../app/draftResolver';
import { useFieldText } from '../../app/fieldText';
import { useFormChanges } from '../../app/FormModal';
import { saveContact } from '../../db/repositories/partners';

export function ContactForm({
  partnerId,
  contact,
  onDone,
}: {
  partnerId: string;
  contact?: Contact;
  onDone: () => void;
}) {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const text = useFieldText();
  /** A field's message: the resolver's messages are the one mapper's translation keys. */
  const validationText = (key: string | undefined) => text(key as MessageKey | undefined);
  const {
    control,
    register,
    handleSubmit,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<ContactFormValues>({
    resolver: draftResolver((values) => contactFormMessages(values, partnerId)),
    defaultValues: contactFormValues(contact),
    mode: 'onChange',
  });
  const changes = useFormChanges(isDirty, onDone);
  const submit = async (values: ContactFormValues) => {
    try {
      await saveContact(contactFromForm(values, partnerId, contact));
      changes.saved();
      onDone();
    } catch (error) {
      notifyFailure('save', error);
    }
  };
  return (
    <form
      onSubmit={(e) => void handleSubmit(submit)(e)}
      noValidate
      aria-label={contact ? t('contact.editTitle') : t('contact.addTitle')}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('contact.name')}
            withAsterisk
            {...register('name')}
            error={validationText(errors.name?.message)}
          />
          <Controller
            control={control}
            name="role"
            render={({ field }) => (
              <Select
                label={t('contact.role')}
                allowDeselect={false}
                value={field.value}
                onChange={(v) => v && field.onChange(v)}
                data={contactRoles.map((r) => ({ value: r, label: t(`contact.roles.${r}`) }))}
              />
            )}
          />
          <TextInput
            label={t('contact.email')}
            type="email"
            {...register('email')}
            error={validationText(errors.email?.message)}
          />
          <TextInput
            label={t('contact.phone')}
            type="tel"
            {...register('phone')}
            error={validationText(errors.phone?.message)}
          />
          <Controller
            control={control}
            name="languages"
            render={({ field }) => (
              <TagsInput
                label={t('contact.languages')}
                placeholder={t('form.languagesHint')}
                value={field.value}
                onChange={field.onChange}
              />
            )}
          />
        </SimpleGrid>
        <Textarea
          label={t('contact.notes')}
          minRows={2}
          rows={2}
          {...register('notes')}
          error={validationText(errors.notes?.message)}
        />
        <Group justify="flex-end" className="dialog-footer">
          <Button variant="default" onClick={changes.cancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {tc('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
