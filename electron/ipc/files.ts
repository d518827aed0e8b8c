// Save and open through native dialogs: paths come only from the dialog, writes are atomic.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { ChosenFileAddress, OpenedFile, OpenFileRequest, SavedFile, SaveFileRequest } from '../../shared/ipc';
import { stripBidiControls } from '../../shared/domain/common';
import { canceled, type Canceled } from '../../shared/result';
import { writeFileAtomic, type AtomicFs } from '../atomicWrite';
import { chosenFileUrl, type ChosenFiles } from '../chosenFiles';
import { safeFileName } from '../fileName';
import { UserFacingError } from './handle';

/** The dialog calls the file handlers make; tests pass a small fake. */
export type FileDialogs = Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;

export interface FileDeps {
  dialog: FileDialogs;
  window: () => BrowserWindow | null;
  defaultFolder: () => string;
  fs?: AtomicFs;
  /** The one-time addresses of chosen files that the page's workers read themselves. */
  chosen?: ChosenFiles;
}

export async function saveFile(deps: FileDeps, request: SaveFileRequest): Promise<SavedFile | Canceled> {
  const name = safeFileName(request.suggestedName);
  const options = { defaultPath: path.join(deps.defaultFolder(), name), filters: request.filters };
  const win = deps.window();
  const choice = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return canceled;
  await writeFileAtomic(choice.filePath, request.data, deps.fs);
  return { fileName: path.basename(choice.filePath) };
}

/** The file the user chose in the open dialog, checked to be a file within the size asked for, or a cancel. */
async function chooseFile(
  deps: FileDeps,
  request: OpenFileRequest,
): Promise<{ file: string; size: number } | Canceled> {
  const options = {
    defaultPath: deps.defaultFolder(),
    filters: request.filters,
    properties: ['openFile' as const],
  };
  const win = deps.window();
  const choice = win ? await deps.dialog.showOpenDialog(win, options) : await deps.dialog.showOpenDialog(options);
  const file = choice.filePaths[0];
  if (choice.canceled || !file) return canceled;
  const stat = await fsp.stat(file);
  if (!stat.isFile()) throw new UserFacingError('not-found', 'The chosen item is not a file.');
  if (stat.size > request.maxBytes) {
    throw new UserFacingError('too-large', `The file is larger than ${Math.round(request.maxBytes / 1048576)} MB.`);
  }
  return { file, size: stat.size };
}

/** A name like `faktura\u202Efdp.csv` would read backwards in every message that names the file. */
const shownName = (file: string): string => stripBidiControls(path.basename(file));

export async function openFile(deps: FileDeps, request: OpenFileRequest): Promise<OpenedFile | Canceled> {
  const chosen = await chooseFile(deps, request);
  if ('canceled' in chosen) return chosen;
  const data = await fsp.readFile(chosen.file);
  return { fileName: shownName(chosen.file), data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

/**
 * Like `openFile`, but main does not read the file: the page gets a one-time address on the app's origin from
 * which a worker reads it (a large backup never crosses IPC nor passes through the page's main thread).
 */
export async function openFileAddress(deps: FileDeps, request: OpenFileRequest): Promise<ChosenFileAddress | Canceled> {
  if (!deps.chosen) throw new UserFacingError('internal', 'Files cannot be handed over this way.');
  const chosen = await chooseFile(deps, request);
  if ('canceled' in chosen) return chosen;
  const token = deps.chosen.issue(chosen.file, request.maxBytes);
  return { fileName: shownName(chosen.file), size: chosen.size, url: chosenFileUrl(token) };
}

/** The file channels' handlers, for the channel map in main.ts. */
export function fileHandlers(deps: FileDeps) {
  return {
    saveFile: (request: SaveFileRequest) => saveFile(deps, request),
    openFile: (request: OpenFileRequest) => openFile(deps, request),
    openFileAddress: (request: OpenFileRequest) => openFileAddress(deps, request),
  };
}
