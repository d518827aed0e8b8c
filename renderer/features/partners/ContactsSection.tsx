// The contacts of one partner town: a table with add, edit and remove, and the contact form.
import { notifyFailure } from '../../app/failure';
import {
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contactRoles, type Contact } from '../../../shared/domain';
import {
  contactFormSchema,
  contactFormValues,
  contactFromForm,
  type ContactFormValues,
} from '../../../shared/partners/partnerForm';
import { FormModal, useFormChanges } from '../../app/FormModal';
import { deleteContact, saveContact } from '../../db/repositories/partners';
import { useFormat } from '../../i18n/format';
import { useContacts } from './hooks';
import { validationText } from './labels';
import { ConfirmDelete } from '../../app/ConfirmDelete';
import { deleteWithUndo } from '../../app/undoable';
import { EmailText } from '../../app/EmailText';
import { useWriteLock } from '../../app/writeLock';
import { TextCell } from '../../app/TextCell';

export function ContactsSection({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const lock = useWriteLock();
  const contacts = useContacts(partnerId);
  const format = useFormat();
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [removing, setRemoving] = useState<Contact | null>(null);
  const remove = async (c: Contact) => {
    setRemoving(null);
    await deleteWithUndo(tc('undo.deleted', { what: c.name }), () => deleteContact(c.id));
  };
  return (
    <Card withBorder component="section" aria-label={t('section.contacts')}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('section.contacts')}
        </Title>
        <Button {...lock} size="xs" className="no-print" onClick={() => setEditing('new')}>
          {t('contact.add')}
        </Button>
      </Group>
      {contacts && contacts.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('contact.empty')}
        </Text>
      )}
      {contacts && contacts.length > 0 && (
        <Table fz="sm" verticalSpacing={4} aria-label={t('section.contacts')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contact.name')}</Table.Th>
              <Table.Th>{t('contact.role')}</Table.Th>
              <Table.Th>{t('contact.email')}</Table.Th>
              <Table.Th>{t('contact.phone')}</Table.Th>
              <Table.Th>{t('contact.languages')}</Table.Th>
              <Table.Th className="no-print" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contacts.map((c) => (
              <Table.Tr key={c.id}>
                <TextCell text={c.name} minWidth={120} />
                <Table.Td>{t(`contact.roles.${c.role}`)}</Table.Td>
                <Table.Td>
                  <EmailText text={c.email} />
                </Table.Td>
                <Table.Td>{c.phone}</Table.Td>
                <TextCell text={format.languages(c.languages)} />
                <Table.Td className="no-print">
                  <Group gap={4} justify="flex-end">
                    <Button
                      size="compact-xs"
                      variant="default"
                      aria-label={t('contact.edit', { name: c.name })}
                      onClick={() => setEditing(c)}
                    >
                      {tc('actions.edit')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('contact.delete', { name: c.name })}
                      onClick={() => setRemoving(c)}
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
        title={editing === 'new' ? t('contact.addTitle') : t('contact.editTitle')}
        size="lg"
      >
        {editing !== null && (
          <ContactForm
            partnerId={partnerId}
            contact={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </FormModal>
      <ConfirmDelete
        opened={removing !== null}
        title={t('contact.delete', { name: removing?.name ?? '' })}
        message={t('contact.confirmDelete', { name: removing?.name ?? '' })}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && void remove(removing)}
      />
    </Card>
  );
}

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
  const {
    control,
    register,
    handleSubmit,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<ContactFormValues>({
    resolver: zodResolver(contactFormSchema),
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
