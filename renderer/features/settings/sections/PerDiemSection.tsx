// Settings section: the office's table of daily allowance rates per country; the app ships it empty, never with
// made-up numbers. Rows, source and date form one draft stored with the section's Save button.
import { DateField } from '../../../app/DateField';
import {
  Button,
  Card,
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
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PerDiemRate, PerDiemTable } from '../../../../shared/visits/perDiem';
import { notifySuccess } from '../../../app/notify';
import { savePerDiemTable } from '../../../db/repositories/perDiem';
import { useFormat } from '../../../i18n/format';
import { usePerDiemTable } from '../../visits/hooks';
import { attempt } from '../../visits/save';
import { SaveBar, useSectionDraft } from '../SaveBar';
import { TextCell } from '../../../app/TextCell';

const COUNTRIES =
  'AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FR GB GE GR HR HU IE IL IS IT JP LI LT LU LV MC MD ME MK MT NL NO PT RO RS SE SI SK SM TR UA US VA'.split(
    ' ',
  );

export function PerDiemSection() {
  const table = usePerDiemTable();
  return table ? <Editor table={table} /> : null;
}

function Editor({ table }: { table: PerDiemTable }) {
  const { t } = useTranslation('visits');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const [rates, setRates] = useState<PerDiemRate[]>(table.rates);
  const [source, setSource] = useState(table.source ?? '');
  const [checkedOn, setCheckedOn] = useState(table.checkedOn ?? '');
  const [row, setRow] = useState<{ country: string | null; currency: string; amount: number | string }>({
    country: null,
    currency: 'EUR',
    amount: '',
  });
  useEffect(() => {
    setRates(table.rates);
    setSource(table.source ?? '');
    setCheckedOn(table.checkedOn ?? '');
  }, [table]);
  const dirty =
    JSON.stringify(rates) !== JSON.stringify(table.rates) ||
    source.trim() !== (table.source ?? '') ||
    checkedOn !== (table.checkedOn ?? '');
  const countries = useMemo(
    () =>
      COUNTRIES.map((c) => ({ value: c, label: format.country(c) })).sort((a, b) =>
        a.label.localeCompare(b.label, format.language),
      ),
    [format],
  );
  const save = async () => {
    if (!dirty) return;
    const failed = await attempt(() =>
      savePerDiemTable({ rates, source: source.trim() || undefined, checkedOn: checkedOn || undefined }),
    );
    if (!failed) notifySuccess(tc('state.saved'));
  };
  const add = () => {
    if (!row.country || typeof row.amount !== 'number') return;
    setRates((r) => [
      ...r.filter((x) => x.country !== row.country),
      { country: row.country!, currency: row.currency.trim().toUpperCase(), amount: row.amount as number },
    ]);
    setRow({ country: null, currency: row.currency, amount: '' });
  };
  const section = useSectionDraft(dirty, () => void save());
  return (
    <Card withBorder component="section" aria-label={t('perDiem.tableTitle')} onKeyDown={section.saveKeys}>
      {section.guard}
      <Title order={2} size="h4" mb="xs">
        {t('perDiem.tableTitle')}
      </Title>
      <Text size="sm" mb="xs">
        {t('perDiem.tableHint')}
      </Text>
      <Text size="xs" c="dimmed" mb="sm">
        {t('perDiem.sourceHint')}
      </Text>
      <Table striped verticalSpacing={4} fz="sm" aria-label={t('perDiem.tableTitle')} mb="sm">
        <Table.Thead style={{ whiteSpace: 'nowrap' }}>
          <Table.Tr>
            <Table.Th>{t('perDiem.country')}</Table.Th>
            <Table.Th>{t('perDiem.rate')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('actionsColumn')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rates.map((r) => (
            <Table.Tr key={r.country}>
              <TextCell text={format.country(r.country)} minWidth={140} />
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.money(r.amount, r.currency)}</Table.Td>
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  aria-label={t('perDiem.remove', { country: format.country(r.country) })}
                  onClick={() => setRates((x) => x.filter((y) => y.country !== r.country))}
                >
                  {tc('actions.delete')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rates.length === 0 && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('perDiem.empty')}
        </Text>
      )}
      <Group gap="xs" align="flex-end" mb="sm">
        <Select
          label={t('perDiem.country')}
          data={countries}
          searchable
          value={row.country}
          onChange={(v) => setRow((r) => ({ ...r, country: v }))}
          w={200}
        />
        <TextInput
          label={t('costs.field.currency')}
          value={row.currency}
          maxLength={3}
          w={90}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setRow((r) => ({ ...r, currency: v }));
          }}
        />
        <NumberInput
          label={t('perDiem.rate')}
          min={0}
          decimalScale={2}
          value={row.amount}
          w={120}
          onChange={(v) => setRow((r) => ({ ...r, amount: v }))}
        />
        <Button variant="default" onClick={add}>
          {tc('actions.add')}
        </Button>
      </Group>
      <Stack gap="xs">
        <TextInput label={t('perDiem.sourceLabel')} value={source} onChange={(e) => setSource(e.currentTarget.value)} />
        <DateField
          label={t('perDiem.checkedOn')}
          value={checkedOn}
          onChange={(e) => setCheckedOn(e.currentTarget.value)}
          w={200}
        />
        <SaveBar dirty={dirty} label={t('perDiem.save')} onSave={() => void save()} />
      </Stack>
    </Card>
  );
}
