import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFile, saveFile, type FileDeps, type FileDialogs } from '../../electron/ipc/files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'twinning-files-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

/** A dialog that answers with a fixed choice and records what it was offered. */
function fakeDialog(choice: { canceled: boolean; file?: string }) {
  const offered: { defaultPath?: string }[] = [];
  const dialog = {
    showSaveDialog: (...args: unknown[]) => {
      offered.push(args.at(-1) as { defaultPath?: string });
      return Promise.resolve({ canceled: choice.canceled, filePath: choice.file ?? '' });
    },
    showOpenDialog: (...args: unknown[]) => {
      offered.push(args.at(-1) as { defaultPath?: string });
      return Promise.resolve({ canceled: choice.canceled, filePaths: choice.file ? [choice.file] : [] });
    },
  } as unknown as FileDialogs;
  return { dialog, offered };
}

const deps = (dialog: FileDialogs): FileDeps => ({ dialog, window: () => null, defaultFolder: () => dir });

describe('saveFile', () => {
  it('writes the data to the path the dialog returned', async () => {
    const target = path.join(dir, 'partnerzy.csv');
    const { dialog } = fakeDialog({ canceled: false, file: target });
    const result = await saveFile(deps(dialog), { suggestedName: 'partnerzy.csv', data: 'Łódź;PL', filters: [] });
    expect(result).toEqual({ fileName: 'partnerzy.csv' });
    expect(await readFile(target, 'utf8')).toBe('Łódź;PL');
  });

  it('tells a cancel apart from a failure and writes nothing', async () => {
    const { dialog } = fakeDialog({ canceled: true });
    const result = await saveFile(deps(dialog), { suggestedName: 'a.csv', data: 'x', filters: [] });
    expect(result).toEqual({ canceled: true });
    expect(await readdir(dir)).toEqual([]);
  });

  it('offers a cleaned name inside the default folder for a hostile suggestion', async () => {
    const { dialog, offered } = fakeDialog({ canceled: true });
    await saveFile(deps(dialog), { suggestedName: '../../etc/CON.', data: 'x', filters: [] });
    const offeredPath = offered[0]?.defaultPath ?? '';
    expect(path.dirname(offeredPath)).toBe(dir);
    expect(path.basename(offeredPath)).not.toContain('/');
  });

  it('fails with the fs error when the folder cannot be written', async () => {
    const { dialog } = fakeDialog({ canceled: false, file: path.join(dir, 'missing', 'a.csv') });
    await expect(saveFile(deps(dialog), { suggestedName: 'a.csv', data: 'x', filters: [] })).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

describe('openFile', () => {
  it('returns the chosen file’s name and bytes', async () => {
    const file = path.join(dir, 'kalendarz.ics');
    await writeFile(file, 'BEGIN:VCALENDAR');
    const { dialog } = fakeDialog({ canceled: false, file });
    const result = await openFile(deps(dialog), { filters: [], maxBytes: 1000 });
    expect(result).toMatchObject({ fileName: 'kalendarz.ics' });
    expect(new TextDecoder().decode((result as { data: Uint8Array }).data)).toBe('BEGIN:VCALENDAR');
  });

  it('names the file without bidirectional overrides, so it cannot read backwards', async () => {
    const file = path.join(dir, 'faktura\u202Evsc.exe.csv');
    await writeFile(file, 'a;b');
    const { dialog } = fakeDialog({ canceled: false, file });
    const result = await openFile(deps(dialog), { filters: [], maxBytes: 1000 });
    expect(result).toMatchObject({ fileName: 'fakturavsc.exe.csv' });
  });

  it('refuses a file over the size cap with a user-fit error', async () => {
    const file = path.join(dir, 'big.json');
    await writeFile(file, 'x'.repeat(2000));
    const { dialog } = fakeDialog({ canceled: false, file });
    await expect(openFile(deps(dialog), { filters: [], maxBytes: 1000 })).rejects.toMatchObject({ code: 'too-large' });
  });

  it('returns a cancel when nothing was chosen', async () => {
    const { dialog } = fakeDialog({ canceled: true });
    expect(await openFile(deps(dialog), { filters: [], maxBytes: 1000 })).toEqual({ canceled: true });
  });
});
