// Whether team sync is on at this desk: a flag (never a credential) read before the database opens.
const KEY = 'twinning-desk.teamSync';

function stored(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

let on = stored();

export const isTeamSyncOn = (): boolean => on;

/** Switches the outbox on or off for the next transactions and remembers it for the next start. */
export function setTeamSyncOn(value: boolean): void {
  on = value;
  try {
    if (value) globalThis.localStorage?.setItem(KEY, 'on');
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Storage refused: the flag holds for this session.
  }
}
