// Agreement changes of one partner town (signed, amended, renewed, suspended, ended): list, add, edit, remove.
import { FormModal } from '../../app/FormModal';
import { Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../shared/domain';
import { deleteAgreement } from '../../db/repositories/agreements';
import { useFormat } from '../../i18n/format';
import { useAgreements } from './hooks';
import { ConfirmDelete } from '../../app/ConfirmDelete';
import { deleteWithUndo } from '../../app/undoable';
import { useWriteLock } from '../../app/writeLock';
import { TextCell } from '../../app/TextCell';
import { MergeMark, useOpenMerges } from '../team/MergeMark';

/** The form (its date picker and checks) loads when it is first opened. */
const AgreementForm = lazy(async () => ({ default: (await import('./AgreementForm')).AgreementForm }));

export function AgreementsSection({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const lock = useWriteLock();
  const format = useFormat();
  const agreements = useAgreements(partnerId);
  const merges = useOpenMerges('agreements');
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
                <TextCell text={a.notes ? `${a.title} — ${a.notes}` : a.title} minWidth={160} maxWidth={480} />
                <Table.Td className="no-print" w={150}>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <MergeMark open={merges.has(a.id)} name={a.title} />
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
          <Suspense fallback={null}>
            <AgreementForm
              partnerId={partnerId}
              agreement={editing === 'new' ? undefined : editing}
              onDone={() => setEditing(null)}
            />
          </Suspense>
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
