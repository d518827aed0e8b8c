// The backup part of the Settings page: manual backup and restore, automatic backups, and the restore dialog.
import { Stack } from '@mantine/core';
import { AutoBackupsCard } from './AutoBackupsCard';
import { ManualBackupCard } from './ManualBackupCard';
import { useRestoreDialog } from './RestoreDialog';
import { useAutoBackups } from './useAutoBackups';

export function BackupSection() {
  const auto = useAutoBackups();
  const restore = useRestoreDialog(() => void auto.refresh());
  return (
    <Stack>
      <ManualBackupCard onRestore={restore.start} />
      <AutoBackupsCard auto={auto} onRestore={restore.start} />
      {restore.dialog}
    </Stack>
  );
}
