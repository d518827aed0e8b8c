// Which desktop bridge the renderer gets: the Electron preload's window.api when present, else the browser stand-in.
// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames, preloadSubscriptions, type PreloadApi } from '../../../shared/ipc';
import { canceled, ok } from '../../../shared/result';

const bridgeNames = [...channelNames, ...preloadSubscriptions].sort();

/** A preload bridge whose every function records its calls and answers with a marker of its own. */
function fakeBridge() {
  const calls: { name: string; args: unknown[] }[] = [];
  const entries = bridgeNames.map((name) => [
    name,
    (...args: unknown[]) => {
      calls.push({ name, args });
      return Promise.resolve(ok({ from: 'desktop', name }));
    },
  ]);
  return { api: Object.fromEntries(entries) as unknown as PreloadApi, calls };
}

async function loadPlatform() {
  vi.resetModules();
  return (await import('../../../renderer/platform')).platform;
}

beforeEach(() => {
  delete window.api;
});
afterEach(() => {
  delete window.api;
  vi.restoreAllMocks();
});

describe('the platform with the preload bridge present', () => {
  it('is the desktop one and offers every function of the bridge', async () => {
    window.api = fakeBridge().api;
    const platform = await loadPlatform();
    expect(platform.kind).toBe('desktop');
    expect(
      Object.keys(platform)
        // `openBlob`: the browser's own way to hand a chosen file over unread (the desktop gives an address).
        .filter((k) => k !== 'kind' && k !== 'openBlob')
        .sort(),
    ).toEqual(bridgeNames);
  });

  it('sends each call to the bridge with its request and returns the bridge answer', async () => {
    const { api, calls } = fakeBridge();
    window.api = api;
    const platform = await loadPlatform();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click');

    const request = { suggestedName: 'partnerzy.csv', data: 'a;b', filters: [{ name: 'CSV', extensions: ['csv'] }] };
    expect(await platform.saveFile(request)).toEqual(ok({ from: 'desktop', name: 'saveFile' }));
    expect(await platform.setLanguage({ language: 'en' })).toEqual(ok({ from: 'desktop', name: 'setLanguage' }));
    expect(await platform.appInfo()).toEqual(ok({ from: 'desktop', name: 'appInfo' }));
    expect(await platform.openFile({ filters: [], maxBytes: 1024 })).toEqual(ok({ from: 'desktop', name: 'openFile' }));

    expect(calls).toEqual([
      { name: 'saveFile', args: [request] },
      { name: 'setLanguage', args: [{ language: 'en' }] },
      { name: 'appInfo', args: [] },
      { name: 'openFile', args: [{ filters: [], maxBytes: 1024 }] },
    ]);
    // Nothing went through the browser's download link or file input.
    expect(click).not.toHaveBeenCalled();
    expect(document.querySelector('input[type="file"]')).toBeNull();
  });
});

describe('choosing a backup on the desktop', () => {
  it("asks main for the file's address, never its bytes, and hands the worker that address", async () => {
    const { api, calls } = fakeBridge();
    const address = { fileName: 'kopia.twinning-backup', size: 5_000_000, url: 'app://twinning-desk/import/abc' };
    window.api = {
      ...api,
      openFileAddress: (request) => (
        calls.push({ name: 'openFileAddress', args: [request] }),
        Promise.resolve(ok(address))
      ),
    };
    vi.resetModules();
    const { chooseBackupFile } = await import('../../../renderer/features/backup/flows');
    expect(await chooseBackupFile()).toEqual({ url: address.url, size: address.size });
    expect(calls.map((c) => c.name)).toEqual(['openFileAddress']);
  });
});

describe('the platform without the preload bridge', () => {
  it('is the browser stand-in with every function the bridge would have', async () => {
    const platform = await loadPlatform();
    expect(platform.kind).toBe('browser');
    expect(
      Object.keys(platform)
        // `openBlob`: the browser's own way to hand a chosen file over unread (the desktop gives an address).
        .filter((k) => k !== 'kind' && k !== 'openBlob')
        .sort(),
    ).toEqual(bridgeNames);
  });

  it('answers app info itself: no Electron version, the browser locale', async () => {
    const platform = await loadPlatform();
    const info = await platform.appInfo();
    expect(info).toMatchObject({
      ok: true,
      value: { name: 'Twinning Desk', platform: 'browser', electron: null, locale: navigator.language },
    });
  });

  it('accepts a language switch (there is no native menu to rebuild)', async () => {
    const platform = await loadPlatform();
    expect(await platform.setLanguage({ language: 'en' })).toEqual(ok(null));
  });

  it('saves a file as a download under the suggested name', async () => {
    const platform = await loadPlatform();
    const createObjectURL = vi.fn(() => 'blob:twinning/1');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    const result = await platform.saveFile({ suggestedName: 'wizyty/2026.csv', data: 'a;b', filters: [] });
    expect(result).toEqual(ok({ fileName: 'wizyty_2026.csv' }));
    expect(downloads).toEqual(['wizyty_2026.csv']);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('opens a file through a file input, and a closed chooser counts as cancelled', async () => {
    const platform = await loadPlatform();
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
    const opening = platform.openFile({ filters: [{ name: 'CSV', extensions: ['csv'] }], maxBytes: 1024 });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    expect(input?.accept).toBe('.csv');
    input?.dispatchEvent(new Event('cancel'));
    expect(await opening).toEqual(ok(canceled));
    expect(document.querySelector('input[type="file"]')).toBeNull();
  });

  it('hands over a chosen file unread, and refuses one over the size limit', async () => {
    const platform = await loadPlatform();
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
    const choose = (file: File) => {
      const opening = platform.openBlob!({ filters: [{ name: 'Kopia', extensions: ['json'] }], maxBytes: 1024 });
      const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
      Object.defineProperty(input, 'files', { value: [file] });
      input.dispatchEvent(new Event('change'));
      return opening;
    };
    const file = new File(['{"format":"twinning-desk-backup"}'], 'kopia\u202e.json');
    const read = vi.spyOn(file, 'arrayBuffer');
    expect(await choose(file)).toEqual(ok({ fileName: 'kopia.json', blob: file }));
    expect(read).not.toHaveBeenCalled();
    expect(await choose(new File(['x'.repeat(1025)], 'duza.json'))).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
    expect(document.querySelector('input[type="file"]')).toBeNull();
  });
});
