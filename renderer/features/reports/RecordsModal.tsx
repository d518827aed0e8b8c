// Lists the records behind a report figure, each opening its page.
import { Anchor, List, Modal, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecordLink } from '../../../shared/reports/tables';
import { describeRecords } from '../../db/repositories/reports';

/** A figure of a long period can stand for thousands of records: the list shows this many. */
export const MAX_LISTED = 500;

export function RecordsModal({
  link,
  title,
  onClose,
}: {
  link: RecordLink | null;
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('reports');
  const records = useLiveQuery(
    () => (link ? describeRecords(link.kind, link.ids.slice(0, MAX_LISTED)) : Promise.resolve([])),
    [link],
  );
  const total = link?.ids.length ?? 0;
  return (
    <Modal opened={link !== null} onClose={onClose} title={t('records', { title })} size="lg">
      {total > MAX_LISTED && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('recordsShown', { shown: MAX_LISTED, count: total })}
        </Text>
      )}
      <List>
        {(records ?? []).map((r) => (
          <List.Item key={r.id}>
            <Anchor component={Link} to={r.href} onClick={onClose}>
              {r.label}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Modal>
  );
}
