// A report figure (a count or an amount) as a button that lists the records behind it; a plain figure when none.
import { Button, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordLink } from '../../../shared/reports/tables';

export interface FigureButtonProps {
  value: string | number;
  link: RecordLink | null | undefined;
  /** What the figure counts, e.g. "Delegation visits by partner – Ronnenberg, Incoming"; also the list's title. */
  figure: string;
  onOpen: (link: RecordLink, title: string) => void;
  size?: 'compact-sm' | 'compact-xl';
}

export function FigureButton({ value, link, figure, onOpen, size = 'compact-sm' }: FigureButtonProps) {
  const { t } = useTranslation('reports');
  if (!link || link.ids.length === 0) return <>{value}</>;
  return (
    <Button variant="subtle" size={size} px={4} onClick={() => onOpen(link, figure)}>
      {/* Named by its content (the figure's context and the figure itself), not by a label beside what is shown. */}
      <VisuallyHidden>{`${t('actions.showRecords')}: ${figure} (${value})`}</VisuallyHidden>
      <span aria-hidden="true">{value}</span>
    </Button>
  );
}
