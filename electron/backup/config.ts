// Where automatic backups go and how many are kept: a small JSON file in the app's user-data folder.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_ROTATION, rotationSchema, type RotationPolicy } from '../../shared/backup/rotation';
import { writeFileAtomic } from '../atomicWrite';

const configSchema = z.object({
  folder: z.string().min(1).max(4096).optional(),
  rotation: rotationSchema.default(DEFAULT_ROTATION),
});
export type BackupConfig = z.infer<typeof configSchema>;

/** The default folder: `Twinning Desk/Backups` in the user's documents. */
export const defaultBackupFolder = (documents: string): string => path.join(documents, 'Twinning Desk', 'Backups');

/**
 * Where automatic backups go until the user chooses a folder: on macOS the app's own data folder
 * (Documents is guarded there, and writing to it would pop up a permission prompt at the first
 * backup), elsewhere `Twinning Desk/Backups` in the documents, where people and IT find it.
 */
export function defaultBackupLocation(platform: string, paths: { documents: string; userData: string }): string {
  return platform === 'darwin' ? path.join(paths.userData, 'Backups') : defaultBackupFolder(paths.documents);
}

export async function loadBackupConfig(file: string): Promise<BackupConfig> {
  try {
    const parsed = configSchema.safeParse(JSON.parse(await fsp.readFile(file, 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // Missing or unreadable: the defaults apply.
  }
  return { rotation: DEFAULT_ROTATION };
}

export async function saveBackupConfig(file: string, config: BackupConfig): Promise<void> {
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify(configSchema.parse(config), null, 2));
}

export const withRotation = (config: BackupConfig, rotation: RotationPolicy): BackupConfig => ({ ...config, rotation });
