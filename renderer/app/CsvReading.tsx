// The bar shown at once while a CSV file is read and checked off the main thread: the share of the file read and
// the rows checked so far, and, before any preview exists, a Cancel that stops the reading.
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The rows checked so far and the bytes read of the file's `size`; `read` 0: the reading has not begun. */
export interface RowProgress {
  rows: number;
  read: number;
  size: number;
}

interface Props {
  fileName: string;
  progress: RowProgress;
  onCancel?: () => void;
}

export function CsvReading({ fileName, progress, onCancel }: Props) {
  const { t } = useTranslation();
  const label = t('csv.reading', { name: fileName });
  const known = progress.read > 0 && progress.size > 0;
  const percent = known ? Math.round((100 * progress.read) / progress.size) : 0;
  return (
    <Stack gap={4}>
      <Progress aria-label={label} value={known ? percent : 100} animated={!known} striped={!known} />
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c="dimmed" aria-live="polite">
          {known ? t('csv.progress', { rows: progress.rows, percent }) : label}
        </Text>
        {onCancel && (
          <Button
            size="xs"
            variant="default"
            onClick={onCancel}
            aria-label={t('csv.cancelReading', { name: fileName })}
          >
            {t('actions.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
