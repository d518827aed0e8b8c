// Files chosen in the open dialog, served once to the page's workers on app://twinning-desk/import/<token>, unread by main.
import { createReadStream, promises as fsp } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { APP_ORIGIN, SECURITY_HEADERS } from './protocol';

/** Where a chosen file is served: the app's own origin, so the page's `connect-src 'self'` covers it. */
export const CHOSEN_FILE_PATH = '/import/';
/** How long a token stays good: enough for the check to start, not for a file to wait around. */
export const CHOSEN_FILE_TTL_MS = 2 * 60 * 1000;
/** At most this many tokens wait at once; the oldest goes first. */
const MAX_WAITING = 8;

interface Waiting {
  path: string;
  maxBytes: number;
  expires: number;
}

export interface ChosenFiles {
  /** A token for a path the dialog just returned: unguessable, good once, until it expires. */
  issue(path: string, maxBytes: number): string;
  /** The path of a token, once: a second call, an unknown or an expired token gives null. */
  take(token: string): { path: string; maxBytes: number } | null;
}

export interface ChosenFilesOptions {
  now?: () => number;
  ttlMs?: number;
  newToken?: () => string;
}

export function createChosenFiles(options: ChosenFilesOptions = {}): ChosenFiles {
  const now = options.now ?? Date.now;
  const ttl = options.ttlMs ?? CHOSEN_FILE_TTL_MS;
  const newToken = options.newToken ?? (() => randomBytes(32).toString('base64url'));
  const waiting = new Map<string, Waiting>();
  const sweep = () => {
    for (const [token, entry] of waiting) if (entry.expires <= now()) waiting.delete(token);
  };
  return {
    issue(path, maxBytes) {
      sweep();
      while (waiting.size >= MAX_WAITING) waiting.delete(waiting.keys().next().value as string);
      const token = newToken();
      waiting.set(token, { path, maxBytes, expires: now() + ttl });
      return token;
    },
    take(token) {
      const entry = waiting.get(token);
      waiting.delete(token);
      if (!entry || entry.expires <= now()) return null;
      return { path: entry.path, maxBytes: entry.maxBytes };
    },
  };
}

/** The address a worker fetches for a token. */
export const chosenFileUrl = (token: string): string => `${APP_ORIGIN}${CHOSEN_FILE_PATH}${token}`;

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** The token of a request for a chosen file, '' for a malformed one, or null when the request is for something else. */
function tokenOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (`${parsed.protocol}//${parsed.host}` !== APP_ORIGIN || !parsed.pathname.startsWith(CHOSEN_FILE_PATH)) return null;
  const token = parsed.pathname.slice(CHOSEN_FILE_PATH.length);
  return TOKEN.test(token) && parsed.search === '' ? token : '';
}

export interface ChosenFileFs {
  stat(path: string): Promise<{ isFile(): boolean; size: number }>;
  open(path: string): ReadableStream<Uint8Array>;
}

const nodeFs: ChosenFileFs = {
  stat: (path) => fsp.stat(path),
  open: (path) => Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>,
};

const answer = (status: number, text: string): Response =>
  new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Cache-Control': 'no-store' } });

/**
 * Serves a chosen file for its token, once, as a stream (main never holds the whole file); every other request goes
 * to `app`. An unknown, used or expired token, or a file that has grown past the size allowed, is refused.
 */
export function withChosenFileRoute(
  files: ChosenFiles,
  app: (request: Request) => Promise<Response>,
  fs: ChosenFileFs = nodeFs,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const token = tokenOf(request.url);
    if (token === null) return app(request);
    if (request.method !== 'GET') return answer(405, 'Method not allowed');
    const chosen = token ? files.take(token) : null;
    if (!chosen) return answer(404, 'Not found');
    try {
      const stat = await fs.stat(chosen.path);
      if (!stat.isFile()) return answer(404, 'Not found');
      if (stat.size > chosen.maxBytes) return answer(413, 'Too large');
      return new Response(fs.open(chosen.path), {
        status: 200,
        headers: {
          ...SECURITY_HEADERS,
          'Content-Type': 'application/octet-stream',
          'Content-Length': String(stat.size),
          'Cache-Control': 'no-store',
        },
      });
    } catch {
      return answer(404, 'Not found');
    }
  };
}
