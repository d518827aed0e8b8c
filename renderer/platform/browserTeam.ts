// The browser stand-in's team login: the preview server forwards /_team/ to the office's server, and this
// stand-in (start:web and the browser journeys only) adds the login itself. The desktop app keeps the
// password in main (safeStorage) and never in the page.
import type { TeamAccount, TeamConnectRequest, TeamConnectResult } from '../../shared/sync/ipc';
import { TEAM_PATH } from '../../shared/sync/ipc';
import { ok, type Result } from '../../shared/result';

const KEY = 'twinning-desk.standInTeam';
type Kept = TeamAccount & { password: string };

function kept(): Kept | null {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null') as Kept | null;
  } catch {
    return null;
  }
}

const basic = (user: string, password: string) =>
  `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${user}:${password}`)))}`;

/** The fetch the sync uses in the stand-in: same origin, with the login added. */
export const standInTeamFetch: typeof fetch = (input, init) => {
  const login = kept();
  const headers = new Headers(init?.headers);
  if (login) headers.set('Authorization', basic(login.user, login.password));
  return fetch(input, { ...init, headers });
};

async function teamConnect(request: TeamConnectRequest): Promise<Result<TeamConnectResult>> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return ok({ refused: 'badAddress' });
  }
  let response: Response;
  try {
    response = await fetch(`${TEAM_PATH}_session`, {
      headers: { Authorization: basic(request.user, request.password), Accept: 'application/json' },
    });
  } catch (error) {
    return ok({ refused: 'unreachable', detail: String(error) });
  }
  if (response.status === 401 || response.status === 403) return ok({ refused: 'unauthorized' });
  if (!response.ok) return ok({ refused: 'unreachable', detail: `HTTP ${response.status}` });
  const session = (await response.json()) as { userCtx?: { name?: string; roles?: string[] } };
  if (session.userCtx?.name !== request.user) return ok({ refused: 'unauthorized' });
  const account = { url: url.toString().replace(/\/+$/, ''), user: request.user, roles: session.userCtx.roles ?? [] };
  localStorage.setItem(KEY, JSON.stringify({ ...account, password: request.password }));
  return ok({ connected: account });
}

export function createBrowserTeam() {
  return {
    teamConnect,
    teamAccount: (): Promise<Result<TeamAccount | null>> => {
      const login = kept();
      return Promise.resolve(ok(login ? { url: login.url, user: login.user, roles: login.roles } : null));
    },
    teamDisconnect: (): Promise<Result<null>> => {
      localStorage.removeItem(KEY);
      return Promise.resolve(ok(null));
    },
  };
}
