// Team sync at this desk: starts the sync worker (PouchDB loads here, on demand, never at start-up without team
// sync), connects with the first-connect choice, disconnects. The password goes to main only.
import type { TeamAccount, TeamConnectRequest, TeamRefusal } from '../../../shared/sync/ipc';
import { TEAM_PATH } from '../../../shared/sync/ipc';
import { db } from '../db';
import { platform } from '../../platform';
import { standInTeamFetch } from '../../platform/browserTeam';
import { LOCAL_ONLY_TABLES } from '../../../shared/sync/types';
import type { SyncEngine } from './engine';
import { keepArrivingErasures } from './register';
import { setTeamStatus } from './status';
import { isTeamSyncOn, setTeamSyncOn } from './switch';

let engine: SyncEngine | null = null;
let stopWatchingErasures: (() => void) | null = null;

/** Records this desk holds (the office's data, not the sync's own stores). */
export async function localRecordCount(): Promise<number> {
  let count = 0;
  for (const table of db.tables)
    if (!(LOCAL_ONLY_TABLES as readonly string[]).includes(table.name)) count += await table.count();
  return count;
}

const teamFetch = (): typeof fetch | undefined => (platform.kind === 'browser' ? standInTeamFetch : undefined);

/** The login's roles as the server says now (an administrator may have changed them); null when unreachable. */
async function currentRoles(): Promise<string[] | null> {
  try {
    const response = await (teamFetch() ?? fetch)(new URL(`${TEAM_PATH}_session`, location.href).href, {
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return null;
    const session = (await response.json()) as { userCtx?: { roles?: unknown } };
    const roles = session.userCtx?.roles;
    return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : null;
  } catch {
    return null;
  }
}

async function startEngine(account: TeamAccount): Promise<void> {
  const { SyncEngine, databasesFor, forgetYouthData } = await import('./engine');
  const roles = (await currentRoles()) ?? account.roles;
  // Without the youth role this desk keeps no minors' data: what it held goes (the server refuses it anyway).
  if (!databasesFor(roles).includes('youth')) await forgetYouthData(db);
  engine = new SyncEngine({
    db,
    login: account.user,
    roles,
    remoteBase: new URL(TEAM_PATH, location.href).href,
    fetch: teamFetch(),
    onStatus: setTeamStatus,
  });
  setTeamStatus({ roles });
  engine.start();
  stopWatchingErasures?.();
  stopWatchingErasures = keepArrivingErasures();
}

/** At start: resumes team sync when it was on and main still holds the login. */
export async function resumeTeamSync(): Promise<void> {
  if (!isTeamSyncOn()) return;
  const account = await platform.teamAccount();
  if (!account.ok || !account.value) {
    setTeamStatus({ state: 'error', reason: 'notConnected' });
    return;
  }
  await startEngine(account.value);
}

export type FirstConnect = 'send' | 'replace';

export type LoginCheck =
  { ok: true; account: TeamAccount } | { ok: false; refused: TeamRefusal | 'failed'; detail?: string };

/** Checks the login with the office's server (main keeps it) and says its roles; nothing syncs yet. */
export async function checkTeamLogin(request: TeamConnectRequest): Promise<LoginCheck> {
  const answer = await platform.teamConnect(request);
  if (!answer.ok) return { ok: false, refused: 'failed', detail: answer.error.code };
  if ('refused' in answer.value) return { ok: false, refused: answer.value.refused, detail: answer.value.detail };
  return { ok: true, account: answer.value.connected };
}

/** Minors' records this desk holds (participants): a login without the youth role removes them from it. */
export function youthRecordCount(): Promise<number> {
  return db.participants.count();
}

/**
 * Starts syncing with a checked login. With `replace` this desk's records are removed first (the caller has made
 * a backup) and the office's arrive; with `send` every record goes to the office.
 */
export async function joinOffice(account: TeamAccount, choice: FirstConnect): Promise<void> {
  await engine?.stop();
  const tables = db.tables.filter((t) => !(LOCAL_ONLY_TABLES as readonly string[]).includes(t.name));
  if (choice === 'replace') {
    setTeamSyncOn(false); // clearing is not a change to send
    await db.transaction('rw', [...tables, db.table('outbox')], async () => {
      for (const table of tables) await table.clear();
      await db.table('outbox').clear();
    });
    setTeamSyncOn(true);
  } else {
    setTeamSyncOn(true);
    // Every record becomes a change to send: rewriting a row writes its outbox row.
    await db.transaction('rw', tables, async () => {
      for (const table of tables) await table.bulkPut(await table.toArray());
    });
  }
  await startEngine(account);
}

/** A login checked but not used (the first-connect question was cancelled): main forgets it. */
export async function forgetTeamLogin(): Promise<void> {
  await platform.teamDisconnect();
}

/** Stops syncing and forgets the login; this desk keeps its records and works alone again. */
export async function disconnectTeam(): Promise<void> {
  await engine?.destroyMirrors();
  engine = null;
  stopWatchingErasures?.();
  stopWatchingErasures = null;
  setTeamSyncOn(false);
  await db.table('outbox').clear();
  await platform.teamDisconnect();
  setTeamStatus({ state: 'off', waiting: 0, reason: undefined });
}

export function retryTeamSync(): void {
  engine?.retry();
}

/** Who changed a record last and when (null without team sync or before its first sync). */
export async function lastChangeOf(table: string, key: string): Promise<{ by: string; at: number } | null> {
  return engine ? engine.lastChange(table, key) : null;
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => engine?.retry());
  window.addEventListener('offline', () => engine?.retry());
}
