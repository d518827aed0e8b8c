// The part of pouchdb-browser's API the sync engine uses (the package ships no types).
declare module 'pouchdb-browser' {
  type Body = Record<string, unknown> & { _id: string; _rev?: string; _deleted?: boolean };
  interface Emitter {
    on(event: string, listener: (...args: never[]) => void): this;
    cancel(): void;
  }
  interface SyncEmitter extends Emitter {
    push: Emitter;
    pull: Emitter;
  }
  interface ChangesResult {
    results: { id: string; seq: number | string; changes: { rev: string }[]; doc?: Body; deleted?: boolean }[];
    last_seq: number | string;
  }
  interface Database {
    name: string;
    get(
      id: string,
      options: { open_revs: 'all' | string[]; revs?: boolean },
    ): Promise<({ ok: Body } | { missing: string })[]>;
    get(id: string, options?: Record<string, unknown>): Promise<Body>;
    put(doc: Body): Promise<{ ok: boolean; id: string; rev: string }>;
    bulkDocs(docs: Body[], options?: { new_edits?: boolean }): Promise<unknown[]>;
    allDocs(options?: Record<string, unknown>): Promise<{
      rows: { id: string; key: string; value?: { rev: string; deleted?: boolean }; doc?: Body; error?: string }[];
    }>;
    changes(options: Record<string, unknown>): Promise<ChangesResult> & Emitter;
    revsDiff(diff: Record<string, string[]>): Promise<Record<string, { missing?: string[] }>>;
    info(): Promise<{ update_seq: number | string; doc_count: number }>;
    compact(): Promise<unknown>;
    close(): Promise<void>;
    destroy(): Promise<void>;
  }
  interface PouchStatic {
    new (name: string, options?: Record<string, unknown>): Database;
    sync(local: Database, remote: Database, options?: Record<string, unknown>): SyncEmitter;
    replicate(source: Database, target: Database, options?: Record<string, unknown>): Promise<unknown>;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
  export type { Database, Body, Emitter, SyncEmitter };
}
