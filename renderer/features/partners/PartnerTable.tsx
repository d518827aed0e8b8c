// The partner list's table: sortable headers, dormant flags; long lists render only the rows in view (all when printing).
import { Anchor, Badge, Table, Text, UnstyledButton } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Partner } from '../../../shared/domain';
import { TextCell } from '../../app/TextCell';
import { useFormat } from '../../i18n/format';
import type { Sort, SortColumn } from './listFilter';

const COLUMNS: { column: SortColumn; label: string }[] = [
  { column: 'name', label: 'field.name' },
  { column: 'country', label: 'field.country' },
  { column: 'relationKind', label: 'field.relationKind' },
  { column: 'status', label: 'field.status' },
  { column: 'startDate', label: 'field.startDate' },
  { column: 'lastActivity', label: 'field.lastContact' },
];

/** Below this many rows every row is rendered; above it only those near the viewport. */
const VIRTUAL_FROM = 150;
const ROW_HEIGHT = 33;

interface Props {
  rows: readonly Partner[];
  sort: Sort;
  onSort: (column: SortColumn) => void;
  lastActivity?: Map<string, string>;
  dormant?: Set<string>;
  dormantTitle: string;
}

/** True between the browser's beforeprint and afterprint: the printed list must hold every row. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

export function PartnerTable({ rows, sort, onSort, lastActivity, dormant, dormantTitle }: Props) {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const printing = usePrinting();
  const body = useRef<HTMLTableSectionElement>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    if (body.current) setOffset(body.current.getBoundingClientRect().top + window.scrollY);
  }, [rows.length]);
  const virtual = !printing && rows.length >= VIRTUAL_FROM;
  const virtualizer = useWindowVirtualizer({
    count: virtual ? rows.length : 0,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
    scrollMargin: offset,
  });
  const items = virtualizer.getVirtualItems();

  const row = (p: Partner, index: number) => {
    const last = lastActivity?.get(p.id);
    return (
      <Table.Tr key={p.id} aria-rowindex={index + 2} style={virtual ? { height: ROW_HEIGHT } : undefined}>
        <TextCell text={p.namePl ? `${p.name} (${p.namePl})` : p.name} minWidth={160} maxWidth={360}>
          <Anchor component={Link} to={`/partners/${p.id}`} fz="sm">
            {p.name}
          </Anchor>
          {p.namePl && (
            <Text span fz="xs" c="dimmed">
              {' '}
              ({p.namePl})
            </Text>
          )}{' '}
          {p.example && (
            <Badge size="xs" variant="light">
              {tc('state.example')}
            </Badge>
          )}{' '}
          {dormant?.has(p.id) && (
            <Badge size="xs" color="orange" title={dormantTitle}>
              {t('dormant.badge')}
            </Badge>
          )}
        </TextCell>
        <Table.Td>{format.country(p.country)}</Table.Td>
        <Table.Td>{t(`relationKind.${p.relationKind}`)}</Table.Td>
        <Table.Td>{t(`status.${p.status}`)}</Table.Td>
        <Table.Td>{p.startDate ? format.date(p.startDate, 'short') : ''}</Table.Td>
        <Table.Td>{last ? format.date(last, 'short') : ''}</Table.Td>
      </Table.Tr>
    );
  };
  const first = items[0];
  const lastItem = items[items.length - 1];
  return (
    <Table
      striped
      highlightOnHover
      verticalSpacing={4}
      fz="sm"
      aria-label={t('title')}
      aria-rowcount={rows.length + 1}
      className="partners-table"
    >
      <Table.Thead>
        <Table.Tr aria-rowindex={1}>
          {COLUMNS.map(({ column, label }) => (
            <Table.Th
              key={column}
              aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}
            >
              <UnstyledButton
                fw={700}
                fz="sm"
                onClick={() => onSort(column)}
                title={t('filters.sortBy', { column: t(label) })}
              >
                {t(label)} {sort.column === column ? (sort.descending ? '▼' : '▲') : ''}
              </UnstyledButton>
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody ref={body}>
        {!virtual && rows.map(row)}
        {virtual && first && <tr aria-hidden style={{ height: first.start - offset }} />}
        {virtual && items.map((item) => row(rows[item.index]!, item.index))}
        {virtual && lastItem && (
          <tr aria-hidden style={{ height: virtualizer.getTotalSize() - (lastItem.end - offset) }} />
        )}
      </Table.Tbody>
    </Table>
  );
}
