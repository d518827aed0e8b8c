// The five headline figures of the report, each opening the records it counts.
import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnnualReport } from '../../../shared/reports/annual';
import type { RecordLink } from '../../../shared/reports/tables';
import { FigureButton } from './FigureButton';

export function summaryFigures(report: AnnualReport): { key: string; link: RecordLink }[] {
  return [
    { key: 'partners', link: { kind: 'partner', ids: report.partners.active } },
    { key: 'events', link: { kind: 'event', ids: report.events.ids } },
    { key: 'visitsIn', link: { kind: 'visit', ids: report.visits.incomingIds } },
    { key: 'visitsOut', link: { kind: 'visit', ids: report.visits.outgoingIds } },
    { key: 'participants', link: { kind: 'participant', ids: report.participants.ids } },
  ];
}

export function SummaryCards({
  report,
  onOpen,
}: {
  report: AnnualReport;
  onOpen: (link: RecordLink, title: string) => void;
}) {
  const { t } = useTranslation('reports');
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }}>
      {summaryFigures(report).map(({ key, link }) => {
        const label = t(`summary.${key}`);
        return (
          <Card withBorder key={key} padding="sm">
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text size="xl" fw={700} component="div">
              <FigureButton value={link.ids.length} link={link} figure={label} onOpen={onOpen} size="compact-xl" />
            </Text>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
