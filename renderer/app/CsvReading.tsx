// The bar shown at once while a CSV file is read and checked off the main thread: rows done of all rows,
// and, before any preview exists, a Cancel that stops the reading.
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** `total` 0: the file is still being decoded and split into rows. */
export interface RowProgress {
  done: number;
  total: number;
}

interface Props {
  fileName: string;
  progress: RowProgress;
  onCancel?: () => void;
}

export function CsvReading({ fileName, progress, onCancel }: Props) {
  const { t } = useTranslation();
  const label = t('csv.reading', { name: fileName });
  const known = progress.total > 0;
  return (
    <Stack gap={4}>
      <Progress
        aria-label={label}
        value={known ? (100 * progress.done) / progress.total : 100}
        animated={!known}
        striped={!known}
      />
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c="dimmed" aria-live="polite">
          {known ? t('csv.progress', { done: progress.done, total: progress.total }) : label}
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
