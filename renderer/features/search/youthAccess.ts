// Whether this desk's user may see camp participants: everyone without team sync, else a login with the youth role.
import { isTeamSyncOn } from '../../db/sync/switch';
import { teamStatus, youthLocked } from '../../db/sync/status';

export async function maySeeYouth(): Promise<boolean> {
  // The roles as the server last said them, then the login's roles as stored at this desk.
  if (youthLocked(teamStatus())) return false;
  if (!isTeamSyncOn()) return true;
  // The bridge is asked only with team sync on (and loaded then, so plain Node callers of the index never need it).
  const { platform } = await import('../../platform');
  const account = await platform.teamAccount();
  return account.ok && account.value !== null && account.value.roles.includes('youth');
}
