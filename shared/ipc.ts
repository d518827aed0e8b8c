// The single channel map: each desktop-bridge function, its request schema and its result type.
// The preload, the main-side handlers and the renderer's platform layer are all typed from here.
import { z } from 'zod';
import type { Canceled, Result } from './result';
import type { ChannelName, channelRequests } from './channelId';
import {
  backupRequestDoneSchema,
  deleteAutoBackupRequestSchema,
  readAutoBackupRequestSchema,
  rewriteAutoBackupRequestSchema,
  setBackupRotationRequestSchema,
  writeAutoBackupRequestSchema,
  type AutoBackupEntry,
  type BackupSettings,
  type PreloadEvents,
} from './backup/ipc';
import { teamConnectRequestSchema, type TeamAccount, type TeamConnectResult } from './sync/ipc';
import { erasureRegisterSchema, type ErasureRecord } from './exchanges/erasureRegister';

export const languageSchema = z.enum(['pl', 'en']);
export type Language = z.infer<typeof languageSchema>;

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/))
    .min(1)
    .max(10),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

/** Largest file the renderer may hand to main in one call (a full backup with attachments). */
export const MAX_SAVE_BYTES = 512 * 1024 * 1024;
/** Largest file main will read for the renderer unless a smaller cap is asked for. */
export const MAX_OPEN_BYTES = 256 * 1024 * 1024;

export const saveFileRequestSchema = z.object({
  suggestedName: z.string().min(1).max(300),
  data: z.union([z.string().max(MAX_SAVE_BYTES), z.instanceof(Uint8Array)]),
  filters: z.array(fileFilterSchema).max(10),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const openFileRequestSchema = z.object({
  filters: z.array(fileFilterSchema).max(10),
  maxBytes: z.number().int().positive().max(MAX_OPEN_BYTES),
});
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;

export const setLanguageRequestSchema = z.object({ language: languageSchema });

/** Largest dossier page main will print (a long programme with every section is far below this). */
export const MAX_PRINT_HTML = 20 * 1024 * 1024;

/** A self-contained HTML page to print to an A4 PDF, with the running header and the page words. */
export const printToPdfRequestSchema = z.object({
  html: z.string().min(1).max(MAX_PRINT_HTML),
  suggestedName: z.string().min(1).max(300),
  header: z.string().max(200),
  pageLabel: z.string().max(40),
  ofLabel: z.string().max(40),
});
export type PrintToPdfRequest = z.infer<typeof printToPdfRequestSchema>;

export interface AppInfo {
  name: string;
  version: string;
  /** The system's locale, e.g. `pl-PL`. */
  locale: string;
  platform: string;
  /** Electron's version, or null in the browser stand-in. */
  electron: string | null;
}

export interface SavedFile {
  /** The chosen file's name without its folder: enough to tell the user where it went. */
  fileName: string;
}

export interface OpenedFile {
  fileName: string;
  data: Uint8Array;
}

/** A chosen file that main has not read: a worker fetches it, once, from `url` (the app's own origin). */
export interface ChosenFileAddress {
  fileName: string;
  size: number;
  url: string;
}

/** Channel name -> schema of the request it accepts: exactly the names of shared/channelId.ts. */
export const channels = {
  appInfo: z.undefined(),
  saveFile: saveFileRequestSchema,
  openFile: openFileRequestSchema,
  openFileAddress: openFileRequestSchema,
  setLanguage: setLanguageRequestSchema,
  printToPdf: printToPdfRequestSchema,
  backupSettings: z.undefined(),
  setBackupRotation: setBackupRotationRequestSchema,
  chooseBackupFolder: z.undefined(),
  writeAutoBackup: writeAutoBackupRequestSchema,
  listAutoBackups: z.undefined(),
  readAutoBackup: readAutoBackupRequestSchema,
  backupRequestDone: backupRequestDoneSchema,
  teamConnect: teamConnectRequestSchema,
  teamAccount: z.undefined(),
  teamDisconnect: z.undefined(),
  deleteAutoBackup: deleteAutoBackupRequestSchema,
  rewriteAutoBackup: rewriteAutoBackupRequestSchema,
  readErasureRegister: z.undefined(),
  addToErasureRegister: z.object({ records: erasureRegisterSchema }),
} as const satisfies {
  [K in ChannelName]: (typeof channelRequests)[K] extends false ? z.ZodUndefined : z.ZodType;
};

/** Channel name -> what its handler returns inside the result envelope. */
export interface ChannelResults {
  appInfo: AppInfo;
  saveFile: SavedFile | Canceled;
  openFile: OpenedFile | Canceled;
  openFileAddress: ChosenFileAddress | Canceled;
  setLanguage: null;
  printToPdf: SavedFile | Canceled;
  backupSettings: BackupSettings;
  setBackupRotation: BackupSettings;
  chooseBackupFolder: BackupSettings | Canceled;
  writeAutoBackup: AutoBackupEntry;
  listAutoBackups: AutoBackupEntry[];
  readAutoBackup: string;
  backupRequestDone: null;
  teamConnect: TeamConnectResult;
  teamAccount: TeamAccount | null;
  teamDisconnect: null;
  deleteAutoBackup: null;
  rewriteAutoBackup: AutoBackupEntry;
  /** The register kept outside the database (the app's data folder). */
  readErasureRegister: ErasureRecord[];
  /** The register after merging the given records into it. */
  addToErasureRegister: ErasureRecord[];
}

export type ChannelRequest<K extends ChannelName> = z.input<(typeof channels)[K]>;

/** What the preload exposes as `window.api`: one named function per channel, and the main→renderer subscriptions. */
export type PreloadApi = {
  [K in ChannelName]: (
    ...args: ChannelRequest<K> extends undefined ? [] : [request: ChannelRequest<K>]
  ) => Promise<Result<ChannelResults[K]>>;
} & PreloadEvents;

export { channelId, channelNames, type ChannelName } from './channelId';

/**
 * The main→renderer subscriptions the preload adds beside the channels, by name: every key of
 * PreloadEvents must be listed (the preload test checks window.api holds exactly these and the channels).
 */
export const preloadSubscriptions = ['onBackupRequest'] as const satisfies readonly (keyof PreloadEvents)[];
type UnlistedSubscription = Exclude<keyof PreloadEvents, (typeof preloadSubscriptions)[number]>;
// A subscription missing from the list above fails the typecheck here.
const _allSubscriptionsListed: [UnlistedSubscription] extends [never] ? true : UnlistedSubscription = true;
