// One table of the report, each count and amount a button that lists the records behind it.
import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordLink, ReportTable } from '../../../shared/reports/tables';
import { FigureButton } from './FigureButton';

/**
 * What one linked cell stands for, in words: the table, the row's labels before it (e.g. category and
 * currency) and, when a row has several figures, the column's name.
 */
export function figureName(table: ReportTable, r: number, c: number, figuresPerRow: number): string {
  const row = table.rows[r] ?? [];
  const links = table.links[r] ?? [];
  const labels = row
    .slice(0, c)
    .filter((_, i) => !links[i])
    .map(String);
  const what = labels.length > 0 ? labels : row.map(String);
  if (figuresPerRow > 1) what.push(table.header[c] ?? '');
  return `${table.title} – ${what.join(', ')}`;
}

export function ReportTableView({
  table,
  onOpen,
}: {
  table: ReportTable;
  onOpen: (link: RecordLink, title: string) => void;
}) {
  const { t } = useTranslation('reports');
  const figuresPerRow = new Set(table.links.flatMap((cells) => cells.flatMap((l, i) => (l ? [i] : [])))).size;
  return (
    <section aria-labelledby={`report-${table.id}`} className="report-section">
      <Title order={2} size="h4" id={`report-${table.id}`} mb="xs">
        {table.title}
      </Title>
      {table.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('empty')}
        </Text>
      ) : (
        <Table striped withTableBorder aria-labelledby={`report-${table.id}`}>
          <Table.Thead>
            <Table.Tr>
              {table.header.map((h) => (
                <Table.Th key={h}>{h}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row, r) => (
              <Table.Tr key={r}>
                {row.map((cell, c) => (
                  <Table.Td key={c}>
                    {table.links[r]?.[c] ? (
                      <FigureButton
                        value={cell}
                        link={table.links[r]?.[c]}
                        figure={figureName(table, r, c, figuresPerRow)}
                        onOpen={onOpen}
                      />
                    ) : (
                      cell
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
