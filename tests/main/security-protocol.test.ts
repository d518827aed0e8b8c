// The app:// handler against traversal in every spelling, symbolic links out of the bundle, and the CSP
// header on every response; generated paths never resolve outside the bundle.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppPath, SECURITY_HEADERS } from '../../electron/protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';

let base: string;
let root: string;
let linkedRoot: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'twinning-protocol-sec-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets', 'nested'), { recursive: true });
  await mkdir(path.join(base, 'renderer-evil'), { recursive: true });
  await mkdir(path.join(base, 'private'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'export {}');
  await writeFile(path.join(root, 'assets', 'nested', 'deep.css'), 'body{}');
  await writeFile(path.join(base, 'secret.txt'), 'secret');
  await writeFile(path.join(base, 'renderer-evil', 'x.js'), 'secret');
  await writeFile(path.join(base, 'private', 'keys.txt'), 'secret');
  // links out of the bundle: to a file, to a folder, to a sibling whose name starts like the root
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'file-link.js'));
  await symlink(path.join(base, 'private'), path.join(root, 'assets', 'dir-link'));
  await symlink(path.join(base, 'renderer-evil'), path.join(root, 'assets', 'prefix-link'));
  await symlink('../../../secret.txt', path.join(root, 'assets', 'nested', 'relative-link.css'));
  // a link that stays inside the bundle is harmless and served
  await symlink(path.join(root, 'assets', 'app.js'), path.join(root, 'assets', 'inside-link.js'));
  // the bundle itself reached through a link (an installed app under a linked folder)
  linkedRoot = path.join(base, 'linked-renderer');
  await symlink(root, linkedRoot);
});
afterAll(async () => rm(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET', from = root) => createAppProtocolHandler(from)(new Request(url, { method }));

const TRAVERSALS = [
  'app://twinning-desk/../secret.txt',
  'app://twinning-desk/assets/../../secret.txt',
  'app://twinning-desk/%2e%2e/secret.txt',
  'app://twinning-desk/%2E%2E/secret.txt',
  'app://twinning-desk/%2e./secret.txt',
  'app://twinning-desk/.%2e/secret.txt',
  'app://twinning-desk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
  'app://twinning-desk/%252e%252e/secret.txt',
  'app://twinning-desk/%c0%ae%c0%ae/secret.txt',
  'app://twinning-desk/..%2fsecret.txt',
  'app://twinning-desk/..%5csecret.txt',
  'app://twinning-desk/..\\secret.txt',
  'app://twinning-desk/assets\\..\\..\\secret.txt',
  'app://twinning-desk/%5c..%5c..%5csecret.txt',
  'app://twinning-desk//etc/passwd',
  'app://twinning-desk/%2fetc%2fpasswd',
  'app://twinning-desk/C:/Windows/win.ini',
  'app://twinning-desk/c:%5cWindows%5cwin.ini',
  'app://twinning-desk/%5c%5cserver%5cshare%5cx',
  'app://twinning-desk/index.html%00.js',
  'app://twinning-desk/./../secret.txt',
  'app://twinning-desk/renderer-evil/../../secret.txt',
  'app://TWINNING-DESK.evil/index.html',
  'app://evil/index.html',
  'file:///etc/passwd',
];

describe('traversal in every spelling', () => {
  it.each(TRAVERSALS)('%s is refused, and nothing outside the bundle is read', async (url) => {
    // The raw URL is refused outright; `new Request` (like Chromium) first folds dot segments into the
    // root, so the handler may then look for a file of that name inside the bundle, never outside.
    expect(resolveAppPath(root, url)).toBeNull();
    const reads: string[] = [];
    const spy = {
      realpath: (p: string) => Promise.resolve(p),
      readFile: (p: string) => (reads.push(p), Promise.resolve(Buffer.from('inside'))),
    };
    await createAppProtocolHandler(root, spy)(new Request(url));
    for (const read of reads) expect(read.startsWith(root + path.sep)).toBe(true);
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('never resolves a generated path outside the bundle', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '%2e%2e',
        '%2E.',
        '\\',
        '%5c',
        '%2f',
        '/',
        '//',
        'C:',
        '%00',
        '~',
        'assets',
        'index.html',
        '%c0%af',
      ),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }).map(encodeURIComponent),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), fc.constantFrom('/', '\\', ''), (parts, sep) => {
        const resolved = resolveAppPath(root, `app://twinning-desk/${parts.join(sep)}`);
        if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('symbolic links', () => {
  it.each([
    'app://twinning-desk/assets/file-link.js',
    'app://twinning-desk/assets/dir-link/keys.txt',
    'app://twinning-desk/assets/prefix-link/x.js',
    'app://twinning-desk/assets/nested/relative-link.css',
  ])('%s, pointing out of the bundle, is refused', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('a link that stays inside the bundle is served', async () => {
    const response = await get('app://twinning-desk/assets/inside-link.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('export {}');
  });

  it('a bundle reached through a linked folder still serves its own files', async () => {
    const response = await get('app://twinning-desk/assets/nested/deep.css', 'GET', linkedRoot);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/css');
  });
});

describe('the Content-Security-Policy header', () => {
  const cases: [string, string, number][] = [
    ['found page', 'app://twinning-desk/index.html', 200],
    ['root', 'app://twinning-desk/', 200],
    ['script', 'app://twinning-desk/assets/app.js', 200],
    ['missing file', 'app://twinning-desk/nope.js', 404],
    ['folder', 'app://twinning-desk/assets', 404],
    ['traversal', 'app://twinning-desk/%2e%2e/secret.txt', 404],
    ['link out', 'app://twinning-desk/assets/file-link.js', 404],
  ];

  it.each(cases)('is on the response for a %s', async (_label, url, status) => {
    const response = await get(url);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('is on the refusal of a %s', async (method) => {
    const response = await get('app://twinning-desk/index.html', method);
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('is on a HEAD answer, which has no body', async () => {
    const response = await get('app://twinning-desk/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('');
  });

  it('is on the answer when reading fails', async () => {
    const failing = {
      realpath: (p: string) => Promise.resolve(p),
      readFile: () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })),
    };
    const response = await createAppProtocolHandler(root, failing)(new Request('app://twinning-desk/index.html'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('locks scripts, objects, framing, forms and the base URL down', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['form-action']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|\*|https?:|strict-dynamic/);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});
