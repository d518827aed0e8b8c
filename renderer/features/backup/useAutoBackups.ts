// The automatic backups' settings and list as the Settings page shows them, refreshed on demand.
import { useCallback, useEffect, useState } from 'react';
import type { BackupSettings } from '../../../shared/backup/ipc';
import type { AutoBackupEntry } from '../../../shared/backup/rotation';
import { platform } from '../../platform';

export function useAutoBackups() {
  const [settings, setSettings] = useState<BackupSettings | null>(null);
  const [entries, setEntries] = useState<AutoBackupEntry[] | null>(null);
  const [failed, setFailed] = useState(false);
  const refresh = useCallback(async () => {
    const [s, list] = await Promise.all([platform.backupSettings(), platform.listAutoBackups()]);
    if (s.ok) setSettings(s.value);
    setEntries(list.ok ? list.value : []);
    setFailed(!s.ok || !list.ok);
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { settings, setSettings, entries, failed, refresh };
}
