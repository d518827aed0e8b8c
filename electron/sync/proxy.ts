// Main's door to the office's server: the page asks its own origin (app://twinning-desk/_team/…), main adds the
// login and forwards with net.fetch, so the page's CSP stays connect-src 'self' and never holds the password.
import { TEAM_PATH, type TeamConnectRequest, type TeamConnectResult } from '../../shared/sync/ipc';
import type { CredentialStore, StoredLogin } from './credentials';
import { NoSecureStorageError } from './credentials';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

const FORWARDED_HEADERS = ['content-type', 'accept'];
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE']);

/** https, or http to this machine only (a test server); no credentials, query or fragment in the address. */
export function serverUrl(raw: string): { url: string } | { refused: 'badAddress' | 'insecure' } {
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    return { refused: 'badAddress' };
  }
  if (parsed.username || parsed.password || parsed.search || parsed.hash) return { refused: 'badAddress' };
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol === 'http:' && !loopback) return { refused: 'insecure' };
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { refused: 'badAddress' };
  return { url: parsed.toString().replace(/\/+$/, '') };
}

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** True for a request the team proxy answers (a path under /_team/ of the app's origin). */
export const isTeamRequest = (url: string): boolean => new URL(url).pathname.startsWith(TEAM_PATH);

/** The login's roles as the server's `_session` answer gives them, kept when an administrator changed them. */
async function keepRoles(store: CredentialStore, login: StoredLogin, text: string): Promise<void> {
  let roles: unknown;
  try {
    const session = JSON.parse(text) as { userCtx?: { name?: unknown; roles?: unknown } };
    if (session.userCtx?.name !== login.user) return;
    roles = session.userCtx.roles;
  } catch {
    return;
  }
  if (!Array.isArray(roles) || !roles.every((r): r is string => typeof r === 'string')) return;
  if (JSON.stringify(roles) === JSON.stringify(login.roles)) return;
  await store.save({ ...login, roles });
}

export function createTeamProxy(store: CredentialStore, fetch: Fetch) {
  return {
    /** Checks the login against the server's _session and keeps it; the password never goes back to the page. */
    async connect(request: TeamConnectRequest): Promise<TeamConnectResult> {
      const checked = serverUrl(request.url);
      if ('refused' in checked) return checked;
      let response: Response;
      try {
        response = await fetch(`${checked.url}/_session`, {
          headers: { Authorization: basic(request.user, request.password), Accept: 'application/json' },
        });
      } catch (error) {
        return { refused: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
      }
      if (response.status === 401 || response.status === 403) return { refused: 'unauthorized' };
      if (!response.ok) return { refused: 'unreachable', detail: `HTTP ${response.status}` };
      const session = (await response.json().catch(() => ({}))) as { userCtx?: { name?: string; roles?: string[] } };
      if (session.userCtx?.name !== request.user) return { refused: 'unauthorized' };
      const account = { url: checked.url, user: request.user, roles: session.userCtx.roles ?? [] };
      try {
        await store.save({ ...account, password: request.password });
      } catch (error) {
        if (error instanceof NoSecureStorageError) return { refused: 'noSecureStorage' };
        throw error;
      }
      return { connected: account };
    },

    /** The protocol handler's part for /_team/…: forwards the request with the login, or says why not. */
    async handle(request: Request): Promise<Response> {
      if (!METHODS.has(request.method)) return json(405, { error: 'method_not_allowed' });
      const login = await store.load();
      if (!login) return json(503, { error: 'not_connected', reason: 'Team sync is not connected.' });
      const url = new URL(request.url);
      if (!url.pathname.startsWith(TEAM_PATH)) return json(400, { error: 'bad_request' });
      const rest = url.pathname.slice(TEAM_PATH.length);
      const segments = rest.split('/');
      if (segments.some((s) => s === '..' || s === '.' || decodeURIComponent(s).includes('..'))) {
        return json(400, { error: 'bad_request' });
      }
      const headers: Record<string, string> = { Authorization: basic(login.user, login.password) };
      for (const name of FORWARDED_HEADERS) {
        const value = request.headers.get(name);
        if (value) headers[name] = value;
      }
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
      try {
        const answer = await fetch(`${login.url}/${rest}${url.search}`, { method: request.method, headers, body });
        const type = answer.headers.get('content-type') ?? 'application/json';
        if (rest === '_session' && request.method === 'GET' && answer.ok) {
          const text = await answer.text();
          await keepRoles(store, login, text);
          return new Response(text, { status: answer.status, headers: { 'Content-Type': type } });
        }
        return new Response(request.method === 'HEAD' ? null : answer.body, {
          status: answer.status,
          headers: { 'Content-Type': type },
        });
      } catch (error) {
        return json(502, { error: 'unreachable', reason: error instanceof Error ? error.message : String(error) });
      }
    },
  };
}

export type TeamProxy = ReturnType<typeof createTeamProxy>;

/** The app:// handler with the team path in front: /_team/… goes to the server, the rest to the bundle. */
export function withTeamRoute(
  proxy: TeamProxy,
  app: (request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return (request) => (isTeamRequest(request.url) ? proxy.handle(request) : app(request));
}
