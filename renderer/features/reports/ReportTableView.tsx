// One table of the report, each count a button that lists the records behind it.
import { Button, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordLink, ReportTable } from '../../../shared/reports/tables';

export function ReportTableView({ table, onOpen }: { table: ReportTable; onOpen: (link: RecordLink, title: string) => void }) {
  const { t } = useTranslation('reports');
  return (
    <section aria-labelledby={`report-${table.id}`} className="report-section">
      <Title order={2} size="h4" id={`report-${table.id}`} mb="xs">
        {table.title}
      </Title>
      {table.rows.length === 0 ? (
        <Text size="sm" c="dimmed">{t('empty')}</Text>
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
            {table.rows.map((row, r) => {
              const link = table.links[r];
              const rowTitle = `${table.title}: ${row[0]}`;
              return (
                <Table.Tr key={r}>
                  {row.map((cell, c) => (
                    <Table.Td key={c}>
                      {c === 1 && link && link.ids.length > 0 ? (
                        <Button variant="subtle" size="compact-sm" aria-label={`${t('actions.showRecords')}: ${rowTitle} (${cell})`} onClick={() => onOpen(link, rowTitle)}>
                          {cell}
                        </Button>
                      ) : (
                        cell
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
