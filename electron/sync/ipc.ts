// The team channels in main: connect (checked against the server, password kept by main), the account, forget it.
import type { TeamAccount, TeamConnectRequest, TeamConnectResult } from '../../shared/sync/ipc';
import type { CredentialStore } from './credentials';
import type { TeamProxy } from './proxy';

export function teamHandlers(proxy: TeamProxy, store: CredentialStore) {
  return {
    teamConnect: (request: TeamConnectRequest): Promise<TeamConnectResult> => proxy.connect(request),
    teamAccount: async (): Promise<TeamAccount | null> => {
      const login = await store.load();
      return login ? { url: login.url, user: login.user, roles: login.roles } : null;
    },
    teamDisconnect: async (): Promise<null> => {
      await store.clear();
      return null;
    },
  };
}
