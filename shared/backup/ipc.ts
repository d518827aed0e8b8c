// The backup channels' requests and results, and the one main→renderer request (a backup before quitting).
import { z } from 'zod';
import { MAX_BACKUP_BYTES, utf8ByteLength } from './format';
import {
  autoBackupKinds,
  autoBackupNameSchema,
  rotationSchema,
  type AutoBackupEntry,
  type RotationPolicy,
} from './rotation';

export const writeAutoBackupRequestSchema = z.object({
  kind: z.enum(autoBackupKinds),
  data: z
    .string()
    .min(2)
    .max(MAX_BACKUP_BYTES)
    .refine((text) => utf8ByteLength(text) <= MAX_BACKUP_BYTES, 'The backup is too large.'),
});
export type WriteAutoBackupRequest = z.infer<typeof writeAutoBackupRequestSchema>;

export const readAutoBackupRequestSchema = z.object({ name: autoBackupNameSchema });
export const deleteAutoBackupRequestSchema = z.object({ name: autoBackupNameSchema });
/** Replaces an existing automatic backup's contents, keeping its name (a backup scrubbed of erased people). */
export const rewriteAutoBackupRequestSchema = z.object({
  name: autoBackupNameSchema,
  data: z.string().min(2).max(MAX_BACKUP_BYTES),
});
export type RewriteAutoBackupRequest = z.infer<typeof rewriteAutoBackupRequestSchema>;
export const setBackupRotationRequestSchema = rotationSchema;
export const backupRequestDoneSchema = z.object({ ok: z.boolean() });

export interface BackupSettings {
  /** Where automatic backups go; null where the platform keeps them itself (the browser stand-in). */
  folder: string | null;
  rotation: RotationPolicy;
  /** True when automatic backups are written encrypted at rest; false where no keychain can seal the key. */
  encryptedAtRest: boolean;
}

export type { AutoBackupEntry };

/** The event main sends when the window is closing; the renderer answers through `backupRequestDone`. */
export { BACKUP_REQUEST_EVENT } from './events';

/** Subscriptions the preload exposes beside the channel functions (main → renderer). */
export interface PreloadEvents {
  /** Runs `listener` when main asks for a backup (before quitting); returns the unsubscribe. */
  onBackupRequest: (listener: () => Promise<void>) => () => void;
}
