// Delegation members in order of precedence: add, edit, reorder, remove; travel-document warnings.
import { FormModal, useFormChanges } from '../../app/FormModal';
import { DateField } from '../../app/DateField';
import { deleteWithUndo } from '../../app/undoable';
import {
  Alert,
  Badge,
  Button,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memberDraftSchema, type Member, type Visit } from '../../../shared/domain';
import { documentExpiresBeforeReturn, documentWarnings } from '../../../shared/visits/documents';
import { EmailText } from '../../app/EmailText';
import { newId } from '../../db/repositories/base';
import { updateVisit } from '../../db/repositories/visits';
import { useFormat } from '../../i18n/format';
import { useDialog } from './useDialog';
import { attempt, draftErrors, shownErrors, type FieldErrors } from './save';
import { useWriteLock } from '../../app/writeLock';
import { TextCell } from '../../app/TextCell';

/** Precedence 1..n in the given order. */
const renumber = (members: Member[]): Member[] => members.map((m, i) => ({ ...m, precedence: i + 1 }));
const ordered = (visit: Visit) => [...visit.members].sort((a, b) => a.precedence - b.precedence);

export function MembersSection({ visit }: { visit: Visit }) {
  const { t } = useTranslation('visits');
  const { t: tc } = useTranslation();
  const lock = useWriteLock();
  const format = useFormat();
  const dialog = useDialog<Member | 'new'>();
  const editing = dialog.value;
  const members = ordered(visit);
  const warnings = documentWarnings(visit);

  const saveMembers = (next: Member[]) =>
    attempt(() => updateVisit(visit.id, (v) => ({ ...v, members: renumber(next) })), 'members');
  const move = (index: number, by: -1 | 1) => {
    const next = [...members];
    const [m] = next.splice(index, 1);
    next.splice(index + by, 0, m!);
    void saveMembers(next);
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm">{t('members.count', { count: members.length })}</Text>
        <Button {...lock} size="xs" onClick={() => dialog.open('new')}>
          {t('members.add')}
        </Button>
      </Group>
      {warnings.length > 0 && (
        <Alert color="orange" role="alert" title={t('members.documentWarningTitle')}>
          {warnings.map((w) => (
            <Text key={w.memberId} size="sm">
              {t('members.documentWarning', {
                name: w.name,
                date: format.date(w.expiry),
                returnDate: format.date(visit.end),
              })}
            </Text>
          ))}
        </Alert>
      )}
      <Table striped verticalSpacing={4} fz="sm" aria-label={t('tabs.members')}>
        <Table.Thead style={{ whiteSpace: 'nowrap' }}>
          <Table.Tr>
            {['no', 'name', 'function', 'organisation', 'languages', 'needs', 'contact', 'document'].map((k) => (
              <Table.Th key={k}>{t(`members.column.${k}`)}</Table.Th>
            ))}
            <Table.Th>
              <VisuallyHidden>{t('actionsColumn')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m, i) => (
            <Table.Tr key={m.id}>
              <Table.Td>{i + 1}</Table.Td>
              <TextCell text={m.name} minWidth={140} />
              <TextCell text={m.function ?? ''} />
              <TextCell text={m.organisation ?? ''} />
              <TextCell text={format.languages(m.languages)} />
              <TextCell text={[m.dietaryNeeds, m.accessibilityNeeds].filter(Boolean).join('; ')} />
              <TextCell text={m.contact ?? ''}>
                <EmailText text={m.contact} />
              </TextCell>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {m.travelDocumentExpiry && format.date(m.travelDocumentExpiry, 'short')}{' '}
                {visit.direction === 'outgoing' && documentExpiresBeforeReturn(m, visit.end) && (
                  <Badge size="xs" color="orange">
                    {t('members.expires')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap" justify="flex-end">
                  <Button
                    size="compact-xs"
                    variant="default"
                    disabled={i === 0}
                    aria-label={t('members.up', { name: m.name })}
                    onClick={() => move(i, -1)}
                  >
                    ↑
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="default"
                    disabled={i === members.length - 1}
                    aria-label={t('members.down', { name: m.name })}
                    onClick={() => move(i, 1)}
                  >
                    ↓
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="default"
                    aria-label={t('members.edit', { name: m.name })}
                    onClick={() => dialog.open(m)}
                  >
                    {tc('actions.edit')}
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    aria-label={t('members.remove', { name: m.name })}
                    onClick={() =>
                      void deleteWithUndo(tc('undo.deleted', { what: m.name }), () =>
                        updateVisit(visit.id, (v) => ({
                          ...v,
                          members: renumber(ordered(v).filter((x) => x.id !== m.id)),
                        })),
                      )
                    }
                  >
                    {tc('actions.delete')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <FormModal
        closeButtonProps={{ 'aria-label': tc('actions.close') }}
        opened={dialog.opened}
        onClose={dialog.close}
        title={editing === 'new' ? t('members.addTitle') : t('members.editTitle')}
        size="lg"
      >
        {dialog.opened && editing !== null && (
          <MemberForm
            member={editing === 'new' ? undefined : editing}
            onCancel={dialog.close}
            onSave={async (m) => {
              const next = editing === 'new' ? [...members, m] : members.map((x) => (x.id === m.id ? m : x));
              const failed = await saveMembers(next);
              if (!failed) dialog.close();
              return failed ?? {};
            }}
          />
        )}
      </FormModal>
    </Stack>
  );
}

function MemberForm({
  member,
  onCancel,
  onSave,
}: {
  member?: Member;
  onCancel: () => void;
  onSave: (m: Member) => Promise<FieldErrors>;
}) {
  const { t } = useTranslation('visits');
  const { t: tc } = useTranslation();
  const [m, setM] = useState({
    name: member?.name ?? '',
    function: member?.function ?? '',
    organisation: member?.organisation ?? '',
    languages: member?.languages.join(', ') ?? '',
    dietaryNeeds: member?.dietaryNeeds ?? '',
    accessibilityNeeds: member?.accessibilityNeeds ?? '',
    contact: member?.contact ?? '',
    travelDocumentExpiry: member?.travelDocumentExpiry ?? '',
    needsConsentOn: member?.needsConsent?.givenOn ?? '',
    needsConsentWithdrawnOn: member?.needsConsent?.withdrawnOn ?? '',
  });
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saveErrors, setSaveErrors] = useState<FieldErrors>({});
  const changes = useFormChanges(edited.size > 0, onCancel);
  const opt = (s: string) => s.trim() || undefined;
  const candidate: Omit<Member, 'id'> = {
    precedence: member?.precedence ?? 999,
    name: m.name,
    function: opt(m.function),
    organisation: opt(m.organisation),
    languages: m.languages
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean),
    dietaryNeeds: opt(m.dietaryNeeds),
    accessibilityNeeds: opt(m.accessibilityNeeds),
    contact: opt(m.contact),
    travelDocumentExpiry: opt(m.travelDocumentExpiry),
    needsConsent: m.needsConsentOn
      ? { givenOn: m.needsConsentOn, givenBy: m.name.trim() || '?', withdrawnOn: opt(m.needsConsentWithdrawnOn) }
      : undefined,
  };
  const live = draftErrors(memberDraftSchema, candidate);
  const errors = { ...saveErrors, ...shownErrors(live, edited, submitted) };
  const field = (key: keyof typeof m) => ({
    label: t(`members.field.${key}`),
    value: m[key],
    error: errors[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setM((x) => ({ ...x, [key]: value }));
      setEdited((x) => new Set([...x, key]));
    },
  });
  const submit = async () => {
    setSubmitted(true);
    if (Object.keys(live).length > 0) return;
    setSaveErrors(await onSave({ ...candidate, id: member?.id ?? newId() }));
  };
  return (
    <Stack
      renderRoot={(props) => <form {...props} noValidate />}
      gap="sm"
      aria-label={t('members.formLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <TextInput required {...field('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...field('function')} />
        <TextInput {...field('organisation')} />
        <TextInput {...field('languages')} description={t('members.languagesHint')} />
        <TextInput {...field('contact')} />
      </SimpleGrid>
      <Textarea autosize {...field('dietaryNeeds')} />
      <Textarea autosize {...field('accessibilityNeeds')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField {...field('needsConsentOn')} description={t('members.needsConsentHint')} />
        <DateField {...field('needsConsentWithdrawnOn')} />
      </SimpleGrid>
      <DateField {...field('travelDocumentExpiry')} />
      <Group justify="flex-end" className="dialog-footer">
        <Button variant="default" onClick={changes.cancel}>
          {tc('actions.cancel')}
        </Button>
        <Button type="submit">{tc('actions.save')}</Button>
      </Group>
    </Stack>
  );
}
