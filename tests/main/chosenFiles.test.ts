// A file chosen in the open dialog reaches the page's worker through a one-time address, never as bytes over IPC.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CHOSEN_FILE_TTL_MS,
  createChosenFiles,
  withChosenFileRoute,
  type ChosenFiles,
} from '../../electron/chosenFiles';
import { openFileAddress, type FileDeps, type FileDialogs } from '../../electron/ipc/files';
import { channels } from '../../shared/ipc';

let dir: string;
let backup: string;
const content = `{"format":"twinning-desk-backup","note":"Łódź ${'x'.repeat(200_000)}"}`;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'twinning-chosen-'));
  backup = path.join(dir, 'kopia.twinning-backup');
  await writeFile(backup, content);
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

/** The open dialog answering with `file` (or a cancel). */
const dialogChoosing = (file: string | null): FileDialogs =>
  ({
    showOpenDialog: () => Promise.resolve({ canceled: file === null, filePaths: file ? [file] : [] }),
    showSaveDialog: () => Promise.reject(new Error('not asked')),
  }) as unknown as FileDialogs;

/** The app's own pages: whatever is not a chosen file. */
const app = (request: Request) => Promise.resolve(new Response(`app ${new URL(request.url).pathname}`));

function desk(file: string | null, chosen: ChosenFiles = createChosenFiles()) {
  const deps: FileDeps = { dialog: dialogChoosing(file), window: () => null, defaultFolder: () => dir, chosen };
  const serve = withChosenFileRoute(chosen, app);
  const open = () => openFileAddress(deps, channels.openFileAddress.parse({ filters: [], maxBytes: 1024 * 1024 }));
  return { open, serve, chosen };
}

const get = (serve: (r: Request) => Promise<Response>, url: string) => serve(new Request(url));

describe('a file chosen for a worker to read', () => {
  it('answers the page with a name, a size and an address, not the bytes', async () => {
    const { open } = desk(backup);
    const answer = await open();
    expect(Object.keys(answer).sort()).toEqual(['fileName', 'size', 'url']);
    expect(answer).toMatchObject({ fileName: 'kopia.twinning-backup', size: Buffer.byteLength(content) });
    if ('canceled' in answer) throw new Error('cancelled');
    expect(answer.url).toMatch(/^app:\/\/twinning-desk\/import\/[A-Za-z0-9_-]{40,}$/);
    // The address says nothing of where the file lies.
    expect(answer.url).not.toContain('kopia');
  });

  it('serves the file once, whole, on the app origin with the security headers', async () => {
    const { open, serve } = desk(backup);
    const answer = await open();
    if ('canceled' in answer) throw new Error('cancelled');
    const first = await get(serve, answer.url);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-length')).toBe(String(Buffer.byteLength(content)));
    expect(first.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(await first.text()).toBe(content);
    const second = await get(serve, answer.url);
    expect(second.status).toBe(404);
  });

  it('refuses an unknown, a malformed or an expired token, and any method but GET', async () => {
    let now = 1_000;
    const chosen = createChosenFiles({ now: () => now });
    const { open, serve } = desk(backup, chosen);
    const answer = await open();
    if ('canceled' in answer) throw new Error('cancelled');
    expect((await get(serve, 'app://twinning-desk/import/' + 'A'.repeat(43))).status).toBe(404);
    expect((await get(serve, 'app://twinning-desk/import/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    expect((await get(serve, `${answer.url}?path=/etc/passwd`)).status).toBe(404);
    expect((await serve(new Request(answer.url, { method: 'POST', body: 'x' }))).status).toBe(405);
    now += CHOSEN_FILE_TTL_MS + 1;
    expect((await get(serve, answer.url)).status).toBe(404);
  });

  it('serves only paths the dialog returned: the page names no path, and a cancel issues nothing', async () => {
    const secret = path.join(dir, 'secret.txt');
    await writeFile(secret, 'secret');
    const { open, serve } = desk(null);
    expect(await open()).toEqual({ canceled: true });
    // The request schema has no place for a path: one sent by the page is dropped before the handler.
    const parsed = channels.openFileAddress.parse({ filters: [], maxBytes: 10, path: secret });
    expect(parsed).not.toHaveProperty('path');
    for (const url of [`app://twinning-desk/import/${encodeURIComponent(secret)}`, 'app://twinning-desk/import/']) {
      const response = await get(serve, url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('refuses a file that grew past the size allowed after it was chosen', async () => {
    const { open, serve } = desk(backup);
    const answer = await open();
    if ('canceled' in answer) throw new Error('cancelled');
    await writeFile(backup, 'x'.repeat(1024 * 1024 + 1));
    expect((await get(serve, answer.url)).status).toBe(413);
  });

  it('passes every other request of the app:// origin to the app', async () => {
    const { serve } = desk(backup);
    expect(await (await get(serve, 'app://twinning-desk/assets/app.js')).text()).toBe('app /assets/app.js');
  });

  it('keeps only a few addresses waiting: the oldest is let go', () => {
    const chosen = createChosenFiles();
    const tokens = Array.from({ length: 9 }, (_, i) => chosen.issue(`/f${i}`, 10));
    expect(new Set(tokens).size).toBe(9);
    expect(chosen.take(tokens[0]!)).toBeNull();
    expect(chosen.take(tokens[8]!)).toEqual({ path: '/f8', maxBytes: 10 });
  });
});
