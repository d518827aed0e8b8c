// The UI language kept in main for the native menu: saved, read back, and Polish when the file is unusable.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadLanguage, saveLanguage } from '../../electron/preferences';
import { failingAt } from '../helpers/failingFs';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'twinning-preferences-'));
  file = path.join(dir, 'preferences.json');
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('the saved UI language', () => {
  it('is Polish before anything was saved', async () => {
    expect(await loadLanguage(file)).toBe('pl');
  });

  it('reads back English after English was saved, and Polish after switching back', async () => {
    await saveLanguage(file, 'en');
    expect(await loadLanguage(file)).toBe('en');
    await saveLanguage(file, 'pl');
    expect(await loadLanguage(file)).toBe('pl');
    expect(await readdir(dir)).toEqual(['preferences.json']);
  });

  it.each([
    ['a truncated file', '{"language":"e'],
    ['an empty file', ''],
    ['JSON null', 'null'],
    ['a list instead of an object', '["en"]'],
    ['a language the app does not have', '{"language":"de"}'],
    ['a language in capitals', '{"language":"EN"}'],
  ])('falls back to Polish for %s, without throwing', async (_case, contents) => {
    await writeFile(file, contents);
    await expect(loadLanguage(file)).resolves.toBe('pl');
  });

  it('falls back to Polish when the path is a folder, not a file', async () => {
    await expect(loadLanguage(dir)).resolves.toBe('pl');
  });

  it.each(['open', 'write', 'sync', 'rename'] as const)(
    'keeps the previous choice when saving breaks off at %s',
    async (step) => {
      await saveLanguage(file, 'en');
      await expect(saveLanguage(file, 'pl', failingAt(step, 'EIO'))).rejects.toMatchObject({ code: 'EIO' });
      expect(await loadLanguage(file)).toBe('en');
      expect(await readdir(dir)).toEqual(['preferences.json']);
    },
  );
});
