import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppPath } from '../../electron/protocol';

let root: string;
let outside: string;

beforeAll(async () => {
  const base = await mkdtemp(path.join(tmpdir(), 'twinning-protocol-'));
  root = path.join(base, 'renderer');
  outside = path.join(base, 'secret.txt');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(outside, 'secret');
  await symlink(outside, path.join(root, 'assets', 'link.txt'));
});
afterAll(async () => rm(path.dirname(root), { recursive: true, force: true }));

describe('the app:// protocol', () => {
  it('serves index.html for the root with the CSP header', async () => {
    const response = await createAppProtocolHandler(root)(new Request('app://twinning-desk/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<title>app</title>');
  });

  it('serves built assets with their type', async () => {
    const response = await createAppProtocolHandler(root)(new Request('app://twinning-desk/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
  });

  it.each([
    'app://twinning-desk/../secret.txt',
    'app://twinning-desk/%2e%2e/secret.txt',
    'app://twinning-desk/assets/%2E%2E/%2E%2E/secret.txt',
    'app://twinning-desk/..%2fsecret.txt',
    'app://twinning-desk/..%5csecret.txt',
    'app://twinning-desk/assets\\..\\..\\secret.txt',
    'app://twinning-desk/C:/Windows/win.ini',
    'app://twinning-desk//etc/passwd',
    'app://twinning-desk/%00index.html',
    'app://other-host/index.html',
    'file:///etc/passwd',
  ])('refuses %s', async (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
    const response = await createAppProtocolHandler(root)(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses a symbolic link that points out of the bundle', async () => {
    const response = await createAppProtocolHandler(root)(new Request('app://twinning-desk/assets/link.txt'));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
    expect(response.headers.get('content-security-policy')).toBeTruthy();
  });

  it('answers a missing file with 404, not an error', async () => {
    const response = await createAppProtocolHandler(root)(new Request('app://twinning-desk/nope.js'));
    expect(response.status).toBe(404);
  });
});
