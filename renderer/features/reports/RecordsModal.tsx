// Lists the records behind a report figure, each opening its page.
import { Anchor, List, Modal } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecordLink } from '../../../shared/reports/tables';
import { describeRecords } from '../../db/repositories/reports';

export function RecordsModal({ link, title, onClose }: { link: RecordLink | null; title: string; onClose: () => void }) {
  const { t } = useTranslation('reports');
  const records = useLiveQuery(() => (link ? describeRecords(link.kind, link.ids) : Promise.resolve([])), [link]);
  return (
    <Modal opened={link !== null} onClose={onClose} title={t('records', { title })} size="lg">
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
