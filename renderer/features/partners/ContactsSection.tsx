// The contacts of one partner town: a table with add, edit and remove; the form loads when first opened.
import { Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/domain';
import { FormModal } from '../../app/FormModal';
import { deleteContact } from '../../db/repositories/partners';
import { useFormat } from '../../i18n/format';
import { useContacts } from './hooks';
import { ConfirmDelete } from '../../app/ConfirmDelete';
import { deleteWithUndo } from '../../app/undoable';
import { EmailText } from '../../app/EmailText';
import { useWriteLock } from '../../app/writeLock';
import { TextCell } from '../../app/TextCell';
import { MergeMark, useOpenMerges } from '../team/MergeMark';

/** The form (its language tags and checks) loads when it is first opened. */
const ContactForm = lazy(async () => ({ default: (await import('./ContactForm')).ContactForm }));

export function ContactsSection({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const lock = useWriteLock();
  const contacts = useContacts(partnerId);
  const merges = useOpenMerges('contacts');
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
                <TextCell text={c.email ?? ''}>
                  <EmailText text={c.email} />
                </TextCell>
                <Table.Td>{c.phone}</Table.Td>
                <TextCell text={format.languages(c.languages)} />
                <Table.Td className="no-print">
                  <Group gap={4} justify="flex-end">
                    <MergeMark open={merges.has(c.id)} name={c.name} />
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
          <Suspense fallback={null}>
            <ContactForm
              partnerId={partnerId}
              contact={editing === 'new' ? undefined : editing}
              onDone={() => setEditing(null)}
            />
          </Suspense>
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
