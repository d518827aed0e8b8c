// The team sync's state as the header shows it: a tiny store, in the start-up bundle without PouchDB.
import { useSyncExternalStore } from 'react';

export type TeamState = 'off' | 'connecting' | 'upToDate' | 'waiting' | 'offline' | 'error';

export interface TeamStatus {
  state: TeamState;
  /** Local changes the office's server does not hold yet. */
  waiting: number;
  /** Epoch milliseconds of the last moment this desk and the server held the same data. */
  lastSync: number | null;
  /** Why the last attempt failed ('unauthorized', 'forbidden' or the server's words). */
  reason?: string;
  user?: string;
  /** The login's roles as the server last said (a desk without `youth` holds no minors' data). */
  roles?: readonly string[];
}

let status: TeamStatus = { state: 'off', waiting: 0, lastSync: null };
const listeners = new Set<() => void>();

export const teamStatus = (): TeamStatus => status;

export function setTeamStatus(change: Partial<TeamStatus>): void {
  const next = { ...status, ...change };
  if (next.state === 'upToDate' || next.state === 'waiting') {
    next.state = next.waiting > 0 ? 'waiting' : 'upToDate';
    delete next.reason;
  }
  if (JSON.stringify(next) === JSON.stringify(status)) return;
  status = next;
  listeners.forEach((l) => l());
}

export function onTeamStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useTeamStatus = (): TeamStatus => useSyncExternalStore(onTeamStatus, teamStatus);

/** True while this desk syncs with a login whose roles do not include the office's youth data. */
export function youthLocked(s: TeamStatus): boolean {
  return s.state !== 'off' && s.roles !== undefined && !s.roles.includes('youth');
}

export const useYouthLocked = (): boolean => youthLocked(useTeamStatus());
