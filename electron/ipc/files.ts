// Save and open through native dialogs: paths come only from the dialog, writes are atomic.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { OpenedFile, OpenFileRequest, SavedFile, SaveFileRequest } from '../../shared/ipc';
import { stripBidiControls } from '../../shared/domain/common';
import { canceled, type Canceled } from '../../shared/result';
import { writeFileAtomic, type AtomicFs } from '../atomicWrite';
import { safeFileName } from '../fileName';
import { UserFacingError } from './handle';

/** The dialog calls the file handlers make; tests pass a small fake. */
export type FileDialogs = Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;

export interface FileDeps {
  dialog: FileDialogs;
  window: () => BrowserWindow | null;
  defaultFolder: () => string;
  fs?: AtomicFs;
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

export async function openFile(deps: FileDeps, request: OpenFileRequest): Promise<OpenedFile | Canceled> {
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
  const data = await fsp.readFile(file);
  // A name like `faktura\u202Efdp.csv` would read backwards in every message that names the file.
  return {
    fileName: stripBidiControls(path.basename(file)),
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  };
}

/** The file channels' handlers, for the channel map in main.ts. */
export function fileHandlers(deps: FileDeps) {
  return {
    saveFile: (request: SaveFileRequest) => saveFile(deps, request),
    openFile: (request: OpenFileRequest) => openFile(deps, request),
  };
}
