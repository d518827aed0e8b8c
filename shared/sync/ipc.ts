// The team channels between renderer and main: connect with a login (main keeps the password), ask, forget.
import { z } from 'zod';

/** The path on the app's own origin that main forwards to the office's server. */
export const TEAM_PATH = '/_team/';

export const teamConnectRequestSchema = z.object({
  url: z.string().trim().min(1).max(500),
  user: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(500),
});
export type TeamConnectRequest = z.infer<typeof teamConnectRequestSchema>;

export interface TeamAccount {
  /** The server's address as the user gave it, normalised (no trailing slash, no credentials). */
  url: string;
  user: string;
  roles: string[];
}

/** Why a connection was refused; the renderer words it in the user's language. */
export type TeamRefusal = 'badAddress' | 'insecure' | 'unauthorized' | 'unreachable' | 'noSecureStorage';

export type TeamConnectResult = { connected: TeamAccount } | { refused: TeamRefusal; detail?: string };
