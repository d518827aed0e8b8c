// The main→renderer event asking for a backup before the window closes (kept apart so the preload stays tiny).
export const BACKUP_REQUEST_EVENT = 'backupRequest';
