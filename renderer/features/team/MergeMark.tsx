// The compact form of a record's merge notices, for a row in a list (contacts, agreement changes, tasks): a mark
// when the record has open merge notices, leading to the merge log where they are read and settled.
import { Anchor, Badge } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { openMergeKeys } from '../../db/sync/log';

const NONE: ReadonlySet<string> = new Set();

/** Keys of the table's records with open merge notices. */
export const useOpenMerges = (table: string): ReadonlySet<string> =>
  useLiveQuery(() => openMergeKeys(table), [table]) ?? NONE;

export function MergeMark({ open, name }: { open: boolean; name: string }) {
  const { t } = useTranslation('team');
  if (!open) return null;
  return (
    <Anchor component={Link} to="/settings/team" aria-label={t('log.markLabel', { name })}>
      <Badge size="xs" color="yellow" variant="light" style={{ cursor: 'pointer' }}>
        {t('log.mark')}
      </Badge>
    </Anchor>
  );
}
