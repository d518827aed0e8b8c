// Types of the test server helper (couchServer.mjs), shared by the Node tests and the browser journeys.
export interface CouchServer {
  url: string;
  admin: { name: string; password: string };
  /** True for a real CouchDB given by COUCHDB_URL. */
  real: boolean;
  stop(): Promise<void>;
}
export function freePort(): Promise<number>;
export function startCouchServer(options?: { port?: number }): Promise<CouchServer>;
/** An office made on the server by `scripts/office-setup.mjs` (databases, security, users). */
export function setUpOffice(
  server: CouchServer,
  prefix: string,
  users: { name: string; roles: ('office' | 'youth')[]; password: string }[],
): Promise<void>;
