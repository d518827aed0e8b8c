// Serves the built renderer on app://twinning-desk, refusing any path that would leave the bundle.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security';

export const APP_SCHEME = 'app';
export const APP_HOST = 'twinning-desk';
/** The app's origin. IndexedDB belongs to it: never change it once shipped. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers sent with every response of the app:// handler, errors included. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Maps a request URL to a file path inside `root`, or null when the URL is not ours or would leave
 * the bundle (dot segments, encoded dots, backslashes, NUL, absolute or drive-letter paths).
 * Symbolic links are checked separately, on the real path, by the handler.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  const raw = /^app:\/\/([^/?#]*)(\/[^?#]*)?/i.exec(requestUrl);
  if (!raw || raw[1]?.toLowerCase() !== APP_HOST) return null;
  const rawPath = raw[2] ?? '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (/[\\\0]/.test(decoded) || /%/.test(decoded) || decoded.includes('//')) return null;
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '.' || s === '..' || /^[a-zA-Z]:/.test(s))) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const resolvedRoot = path.resolve(root);
  const target = path.resolve(resolvedRoot, relative);
  if (!target.startsWith(resolvedRoot + path.sep)) return null;
  return target;
}

export interface ProtocolFs {
  realpath(p: string): Promise<string>;
  readFile(p: string): Promise<Buffer>;
}

/** Builds the handler given to `protocol.handle('app', …)`. */
export function createAppProtocolHandler(root: string, fs: ProtocolFs = fsp): (request: Request) => Promise<Response> {
  const notFound = (): Response => new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: SECURITY_HEADERS });
    }
    const target = resolveAppPath(root, request.url);
    if (!target) return notFound();
    try {
      const [realRoot, realTarget] = await Promise.all([fs.realpath(root), fs.realpath(target)]);
      if (!realTarget.startsWith(realRoot + path.sep)) return notFound();
      const body = await fs.readFile(realTarget);
      const type = MIME[path.extname(realTarget).toLowerCase()] ?? 'application/octet-stream';
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': type },
      });
    } catch {
      return notFound();
    }
  };
}
