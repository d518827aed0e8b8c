// The desktop journey's switch: only in an unpackaged app, only to an absolute folder; its save dialog keeps the suggested name.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Dialog } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOURNEY_ENV, journeyDialog, journeyFolders } from '../../electron/journey';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'twinning-journey-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('the journey switch', () => {
  it('gives the journey its own data, documents and saves folders', () => {
    expect(journeyFolders({ [JOURNEY_ENV]: dir }, false)).toEqual({
      userData: path.join(dir, 'userData'),
      documents: path.join(dir, 'documents'),
      saves: path.join(dir, 'saves'),
    });
  });

  it.each([
    ['a packaged app', { [JOURNEY_ENV]: '/tmp/journey' }, true],
    ['no switch', {}, false],
    ['an empty switch', { [JOURNEY_ENV]: '' }, false],
    ['a relative folder', { [JOURNEY_ENV]: 'journey' }, false],
  ])('is off for %s', (_case, env, packaged) => {
    expect(journeyFolders(env, packaged)).toBeNull();
  });
});

describe('the journey’s save dialog', () => {
  const real = {
    showSaveDialog: () => Promise.reject(new Error('the real dialog must not open')),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  } as unknown as Dialog;

  it('answers at once with the suggested name in the saves folder, with or without a parent window', async () => {
    const saves = path.join(dir, 'saves');
    const dialog = journeyDialog(real, saves);
    expect(await dialog.showSaveDialog({ defaultPath: '/home/ewa/Documents/teczka-ronnenberg.docx' })).toEqual({
      canceled: false,
      filePath: path.join(saves, 'teczka-ronnenberg.docx'),
    });
    expect(
      await dialog.showSaveDialog({} as never, { defaultPath: path.join('/home/ewa/Documents', 'teczka.pdf') }),
    ).toEqual({ canceled: false, filePath: path.join(saves, 'teczka.pdf') });
    expect((await stat(saves)).isDirectory()).toBe(true);
  });

  it('never leaves the saves folder, whatever the suggested path', async () => {
    const saves = path.join(dir, 'saves');
    const { filePath } = await journeyDialog(real, saves).showSaveDialog({ defaultPath: '../../../etc/passwd' });
    expect(path.dirname(filePath!)).toBe(saves);
  });

  it('leaves every other dialog to the real module', async () => {
    expect(await journeyDialog(real, dir).showOpenDialog({})).toEqual({ canceled: true, filePaths: [] });
  });
});
