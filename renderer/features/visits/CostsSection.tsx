// Cost lines with totals per currency, and for outgoing visits the per-diem estimate from the office's rates.
import { deleteWithUndo } from '../../app/undoable';
import {
  Alert,
  Anchor,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Visit } from '../../../shared/domain';
import { totalsByCurrency } from '../../../shared/visits/costs';
import { estimatePerDiem } from '../../../shared/visits/perDiem';
import { newId } from '../../db/repositories/base';
import { updateVisit } from '../../db/repositories/visits';
import { useFormat } from '../../i18n/format';
import { usePartners, usePerDiemTable } from './hooks';
import { attempt, type FieldErrors } from './save';
import { TextCell } from '../../app/TextCell';

const emptyLine = { category: '', amount: '' as number | string, currency: 'PLN', funding: '', notes: '' };

export function CostsSection({ visit }: { visit: Visit }) {
  const { t } = useTranslation('visits');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const [line, setLine] = useState(emptyLine);
  const [errors, setErrors] = useState<FieldErrors>({});
  const add = async () => {
    const failed = await attempt(
      () =>
        updateVisit(visit.id, (v) => ({
          ...v,
          costs: [
            ...v.costs,
            {
              id: newId(),
              category: line.category,
              amount: typeof line.amount === 'number' ? line.amount : Number.NaN,
              currency: line.currency.trim().toUpperCase(),
              funding: line.funding.trim() || undefined,
              notes: line.notes.trim() || undefined,
            },
          ],
        })),
      'costs',
    );
    if (failed) setErrors(failed);
    else {
      setLine(emptyLine);
      setErrors({});
    }
  };
  const totals = totalsByCurrency(visit.costs);
  return (
    <Stack gap="sm">
      <Table striped verticalSpacing={4} fz="sm" aria-label={t('costs.title')}>
        <Table.Thead style={{ whiteSpace: 'nowrap' }}>
          <Table.Tr>
            {['category', 'amount', 'funding', 'notes'].map((k) => (
              <Table.Th key={k}>{t(`costs.field.${k}`)}</Table.Th>
            ))}
            <Table.Th>
              <VisuallyHidden>{t('actionsColumn')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visit.costs.map((c) => (
            <Table.Tr key={c.id}>
              <TextCell text={c.category} minWidth={120} />
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.money(c.amount, c.currency)}</Table.Td>
              <TextCell text={c.funding ?? ''} />
              <TextCell text={c.notes ?? ''} />
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  aria-label={t('costs.remove', { name: c.category })}
                  onClick={() =>
                    void deleteWithUndo(tc('undo.deleted', { what: c.category }), () =>
                      updateVisit(visit.id, (v) => ({ ...v, costs: v.costs.filter((x) => x.id !== c.id) })),
                    )
                  }
                >
                  {tc('actions.delete')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" fw={700}>
        {t('costs.totals')}: {totals.length ? totals.map((m) => format.money(m.amount, m.currency)).join(' · ') : '—'}
      </Text>
      <Group
        renderRoot={(props) => <form {...props} noValidate />}
        align="flex-start"
        gap="xs"
        aria-label={t('costs.formLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <TextInput
          label={t('costs.field.category')}
          value={line.category}
          error={errors.category}
          w={180}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setLine((l) => ({ ...l, category: v }));
          }}
        />
        <NumberInput
          label={t('costs.field.amount')}
          min={0}
          decimalScale={2}
          value={line.amount}
          error={errors.amount}
          w={130}
          onChange={(v) => setLine((l) => ({ ...l, amount: v }))}
        />
        <TextInput
          label={t('costs.field.currency')}
          value={line.currency}
          maxLength={3}
          error={errors.currency}
          w={90}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setLine((l) => ({ ...l, currency: v }));
          }}
        />
        <TextInput
          label={t('costs.field.funding')}
          value={line.funding}
          w={180}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setLine((l) => ({ ...l, funding: v }));
          }}
        />
        <TextInput
          label={t('costs.field.notes')}
          value={line.notes}
          w={200}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setLine((l) => ({ ...l, notes: v }));
          }}
        />
        <Button type="submit" variant="default" mt={25}>
          {t('costs.add')}
        </Button>
      </Group>
      {visit.direction === 'outgoing' && <PerDiem visit={visit} />}
    </Stack>
  );
}

function PerDiem({ visit }: { visit: Visit }) {
  const { t } = useTranslation('visits');
  const format = useFormat();
  const partners = usePartners() ?? [];
  const table = usePerDiemTable();
  const [chosen, setChosen] = useState<string | null>(null);
  // The partners' countries in the visit's order: the first partner's is the default.
  const countries = [...new Set(visit.partnerIds.flatMap((id) => partners.find((p) => p.id === id)?.country ?? []))];
  const country = chosen !== null && countries.includes(chosen) ? chosen : countries[0];
  if (!table || !country) return null;
  const estimate = estimatePerDiem(visit, country, table);
  return (
    <Stack gap="xs" component="section" aria-label={t('perDiem.title')}>
      <Title order={3} size="h5">
        {t('perDiem.title')}
      </Title>
      {countries.length > 1 && (
        <Select
          label={t('perDiem.countryChoice')}
          description={t('perDiem.countryChoiceHint')}
          w={360}
          allowDeselect={false}
          data={countries.map((c) => ({ value: c, label: format.country(c) }))}
          value={country}
          onChange={setChosen}
        />
      )}
      {!estimate.rate ? (
        <Alert color="gray">
          {t('perDiem.noRate', { country: format.country(country) })}{' '}
          <Anchor component={Link} to="/settings/per-diem" size="sm">
            {t('perDiem.openTable')}
          </Anchor>
        </Alert>
      ) : (
        <>
          <Text size="sm">
            {t('perDiem.basis', {
              country: format.country(country),
              rate: format.money(estimate.rate.amount, estimate.rate.currency),
              count: estimate.days,
            })}
          </Text>
          <Table verticalSpacing={2} fz="sm" aria-label={t('perDiem.title')}>
            <Table.Tbody>
              {estimate.lines.map((l) => (
                <Table.Tr key={l.memberId}>
                  <Table.Td>{l.name}</Table.Td>
                  <Table.Td>{format.money(l.allowance.amount, l.allowance.currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm" fw={700}>
            {t('perDiem.total')}: {estimate.totals.map((m) => format.money(m.amount, m.currency)).join(' · ') || '—'}
          </Text>
          <Text size="xs" c="dimmed">
            {t('perDiem.disclaimer')}
            {table.source ? ` ${t('perDiem.source', { source: table.source })}` : ''}
          </Text>
        </>
      )}
    </Stack>
  );
}
