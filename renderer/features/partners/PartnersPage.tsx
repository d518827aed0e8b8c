// The register of partner towns: a dense table with a text filter.
import { Badge, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listPartners } from '../../db/repositories/partners';
import { useFormat } from '../../i18n/format';

export function PartnersPage() {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const partners = useLiveQuery(listPartners);
  const [query, setQuery] = useState('');
  const needle = query.trim().toLocaleLowerCase();
  const shown = (partners ?? []).filter((p) => !needle || p.name.toLocaleLowerCase().includes(needle));
  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <TextInput label={t('filter')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} maw={360} />
      <Text size="sm" aria-live="polite">
        {tc('count.partner', { count: shown.length })}
      </Text>
      <Table striped highlightOnHover aria-label={t('title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('field.name')}</Table.Th>
            <Table.Th>{t('field.country')}</Table.Th>
            <Table.Th>{t('field.relationKind')}</Table.Th>
            <Table.Th>{t('field.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                {p.name} {p.example && <Badge size="xs" variant="light">{tc('state.example')}</Badge>}
              </Table.Td>
              <Table.Td>{format.country(p.country)}</Table.Td>
              <Table.Td>{t(`relationKind.${p.relationKind}`)}</Table.Td>
              <Table.Td>{t(`status.${p.status}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
