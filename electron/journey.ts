// The switch for the desktop smoke journey (tests/desktop): its own folders and a save dialog that answers by itself.
// Set only by that journey through TWINNING_DESK_JOURNEY_DIR; a packaged app ignores it.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { BaseWindow, Dialog, SaveDialogOptions, SaveDialogReturnValue } from 'electron';

export const JOURNEY_ENV = 'TWINNING_DESK_JOURNEY_DIR';

export interface JourneyFolders {
  /** The app's data (IndexedDB, settings) instead of the user's profile. */
  userData: string;
  /** Stands in for Documents (automatic backups go here by default, except on macOS). */
  documents: string;
  /** Where the stubbed save dialog puts every file, under the name the app suggested. */
  saves: string;
}

/** The journey's folders when the switch is set to an absolute path in an unpackaged app, else null. */
export function journeyFolders(env: Record<string, string | undefined>, packaged: boolean): JourneyFolders | null {
  const dir = env[JOURNEY_ENV];
  if (packaged || !dir || !path.isAbsolute(dir)) return null;
  return {
    userData: path.join(dir, 'userData'),
    documents: path.join(dir, 'documents'),
    saves: path.join(dir, 'saves'),
  };
}

/** The real dialog module, except that the save dialog answers at once with `folder`/<suggested name>. */
export function journeyDialog(real: Dialog, folder: string): Dialog {
  const showSaveDialog = async (
    ...args: [BaseWindow, SaveDialogOptions] | [SaveDialogOptions]
  ): Promise<SaveDialogReturnValue> => {
    const options = args.length === 2 ? args[1] : args[0];
    await fsp.mkdir(folder, { recursive: true });
    return { canceled: false, filePath: path.join(folder, path.basename(options.defaultPath ?? 'file')) };
  };
  return new Proxy(real, {
    get: (target, key, receiver) => (key === 'showSaveDialog' ? showSaveDialog : Reflect.get(target, key, receiver)),
  });
}
