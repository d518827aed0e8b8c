// The sync worker, loaded only when team sync is on: the outbox goes into PouchDB mirrors (one per office
// database the login may read), PouchDB.sync keeps them live with the office's CouchDB, and what arrives is
// merged and written to Dexie. PouchDB does the protocol, checkpoints and retries.
import PouchDB, { type Database, type SyncEmitter } from 'pouchdb-browser';
import type { Dexie } from 'dexie';
import { liveQuery } from 'dexie';
import { DEFAULT_PREFIX, OFFICE_TABLES, YOUTH_TABLES, type OfficeDatabase } from '../../../shared/sync/tables';
import type { OutboxRow } from '../../../shared/sync/types';
import { compactErasures } from './erasure';
import { applyPulled, confirmOutbox, type MirrorContext } from './mirror';
import { pushOutbox } from './push';
import { markRemote } from './outbox';
import type { TeamStatus } from './status';

export interface EngineOptions {
  db: Dexie;
  login: string;
  roles: readonly string[];
  /** The office's server as this page reaches it, ending in '/': the app's own `/_team/`. */
  remoteBase: string;
  fetch?: typeof fetch;
  /** Local mirror names start with this (tests give each desk its own). */
  localPrefix?: string;
  serverPrefix?: string;
  now?: () => number;
  onStatus: (change: Partial<TeamStatus>) => void;
}

interface Channel {
  kind: OfficeDatabase;
  ctx: MirrorContext;
  remote: Database;
  replication?: SyncEmitter;
  idle: boolean;
  error?: string;
  offline: boolean;
}

/** Documents per replication request (each way). */
const REPLICATION_BATCH = 500;

/** Retries come quickly at first, then every 10 seconds at most. */
const backOff = (delay: number) => (delay ? Math.min(delay * 2, 10_000) : 1_000);

export function databasesFor(roles: readonly string[]): OfficeDatabase[] {
  return roles.includes('youth') ? ['office', 'youth'] : ['office'];
}

const youthTables: readonly string[] = YOUTH_TABLES;

/**
 * A desk whose login may not read the youth database holds none of it: participants and rooms are removed
 * locally (as remote changes, so nothing is sent), with their waiting outbox rows and the youth mirror.
 * Returns how many records were removed.
 */
export async function forgetYouthData(db: Dexie, localPrefix = 'twinning-mirror-'): Promise<number> {
  const removed = await db.transaction('rw', [...youthTables, 'outbox'], async (tx) => {
    markRemote(tx);
    let count = 0;
    for (const table of youthTables) {
      count += await tx.table(table).count();
      await tx.table(table).clear();
    }
    await tx
      .table<OutboxRow, number>('outbox')
      .filter((row) => youthTables.includes(row.table))
      .delete();
    return count;
  });
  await new PouchDB(`${localPrefix}youth`).destroy();
  return removed;
}

export class SyncEngine {
  private channels: Channel[] = [];
  private moved = new Map<number, string>();
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private waitingSub?: { unsubscribe(): void };
  private readonly now: () => number;

  constructor(private readonly options: EngineOptions) {
    this.now = options.now ?? Date.now;
    const dexieRevs = new Map<string, string>();
    for (const kind of databasesFor(options.roles)) {
      const tables = kind === 'youth' ? YOUTH_TABLES : OFFICE_TABLES;
      const mirror = new PouchDB(`${options.localPrefix ?? 'twinning-mirror-'}${kind}`, { auto_compaction: false });
      const remote = this.remoteOf(kind);
      const ctx: MirrorContext = { db: options.db, mirror, tables, login: options.login, dexieRevs, now: this.now };
      this.channels.push({ kind, ctx, remote, idle: false, offline: false });
    }
  }

  private remoteUrl(kind: OfficeDatabase): string {
    return `${this.options.remoteBase}${this.options.serverPrefix ?? DEFAULT_PREFIX}${kind}`;
  }

  /** A fresh handle on the server's database: a handle whose first request failed stays failed. */
  private remoteOf(kind: OfficeDatabase): Database {
    const { fetch } = this.options;
    const remote = new PouchDB(this.remoteUrl(kind), {
      adapter: 'http',
      skip_setup: true,
      fetch: fetch ? (url: string, init?: RequestInit) => fetch(url, init) : undefined,
    });
    // PouchDB reads the server's info after each batch for its progress count only, without a catch: a server
    // gone at that moment would reject unhandled (shown as a failure). It reads as empty; the next request,
    // which the replication does handle, reports the desk offline.
    const info = remote.info.bind(remote);
    remote.info = () => info().catch(() => ({ update_seq: 0, doc_count: 0 }));
    return remote;
  }

  /** Starts live replication and the worker loop. */
  start(): void {
    this.options.onStatus({ state: 'connecting', user: this.options.login });
    this.waitingSub = liveQuery(() => this.options.db.table('outbox').count()).subscribe({
      next: (waiting: number) => {
        this.options.onStatus({ waiting });
        this.kick();
      },
      error: () => undefined,
    });
    for (const channel of this.channels) this.replicate(channel);
  }

  private replicate(channel: Channel): void {
    channel.replication?.cancel();
    channel.error = undefined;
    channel.remote = this.remoteOf(channel.kind);
    const replication = PouchDB.sync(channel.ctx.mirror, channel.remote, {
      live: true,
      retry: true,
      back_off_function: backOff,
      // Larger batches than PouchDB's 100: a whole office goes up and down in far fewer round trips.
      batch_size: REPLICATION_BATCH,
      batches_limit: 4,
    });
    channel.replication = replication;
    const current = () => channel.replication === replication && !this.stopped;
    // The two directions report on their own: the joint 'paused' event drops the error that says why.
    const states = { push: { idle: false, offline: false }, pull: { idle: false, offline: false } };
    const update = () => {
      channel.offline = states.push.offline || states.pull.offline;
      channel.idle = !channel.offline && states.push.idle && states.pull.idle;
      this.report();
    };
    for (const direction of ['push', 'pull'] as const) {
      const state = states[direction];
      replication[direction]
        .on('active', () => {
          if (!current()) return;
          Object.assign(state, { idle: false, offline: false });
          update();
        })
        .on('paused', (error?: unknown) => {
          if (!current()) return;
          Object.assign(state, { idle: !error, offline: Boolean(error) });
          if (!error) this.kick();
          update();
        })
        .on('requestError', () => {
          if (!current()) return;
          Object.assign(state, { idle: false, offline: true });
          update();
        });
    }
    replication
      .on('change', () => {
        if (!current()) return;
        this.kick();
      })
      .on('denied', (error: { doc?: { status?: number; name?: string; reason?: string } }) => {
        if (!current()) return;
        channel.error = error?.doc?.reason ?? error?.doc?.name ?? 'forbidden';
        this.report();
      })
      .on('error', (error: { status?: number; name?: string; reason?: string; message?: string }) => {
        if (!current()) return;
        channel.error = error?.status === 401 ? 'unauthorized' : (error?.reason ?? error?.message ?? 'error');
        this.report();
      });
  }

  /** Restarts replication now instead of at the next retry. */
  retry(): void {
    for (const channel of this.channels) {
      channel.offline = false;
      channel.idle = false;
      this.replicate(channel);
    }
    this.report();
  }

  private report(): void {
    const error = this.channels.find((c) => c.error)?.error;
    if (error) return this.options.onStatus({ state: 'error', reason: error });
    if (this.channels.some((c) => c.offline)) return this.options.onStatus({ state: 'offline' });
    if (this.channels.every((c) => c.idle)) {
      return this.options.onStatus({ state: 'upToDate', lastSync: this.now() });
    }
    this.options.onStatus({ state: 'connecting' });
  }

  /** Runs the worker loop now, or once more after the run in progress. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  private async loop(): Promise<void> {
    try {
      if (!this.channels.some((c) => c.kind === 'youth')) await this.dropUnsendable();
      for (const channel of this.channels) {
        if (this.stopped) return;
        await pushOutbox(channel.ctx, this.moved);
        await applyPulled(channel.ctx, this.moved);
        if (channel.idle && !channel.offline) {
          await confirmOutbox(channel.ctx, this.moved, channel.remote);
          if ((await this.outboxOf(channel.ctx.tables)) === 0) {
            const target = { url: this.remoteUrl(channel.kind), fetch: this.options.fetch ?? fetch };
            await compactErasures(channel.ctx, target, channel.kind);
          }
        }
      }
      this.report();
    } catch (error) {
      if (this.stopped) return;
      const offline = error instanceof TypeError || (error as { status?: number }).status === 502;
      if (!offline) this.options.onStatus({ state: 'error', reason: String((error as Error).message ?? error) });
    }
  }

  /** Local changes to these tables the server does not hold yet. */
  private outboxOf(tables: readonly string[]): Promise<number> {
    return this.options.db
      .table<OutboxRow, number>('outbox')
      .filter((row) => tables.includes(row.table))
      .count();
  }

  /** Youth rows written on a desk without the role (a restored backup): they cannot reach the office, so they go. */
  private async dropUnsendable(): Promise<void> {
    if ((await this.outboxOf(youthTables)) > 0) await forgetYouthData(this.options.db, this.options.localPrefix);
  }

  /** Waits for the loop in progress (tests and disconnect). */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.waitingSub?.unsubscribe();
    for (const channel of this.channels) channel.replication?.cancel();
    await this.settled();
    for (const channel of this.channels) await channel.ctx.mirror.close();
  }

  /** Forgets the local mirrors (disconnect, replace with the office's data). */
  async destroyMirrors(): Promise<void> {
    await this.stop();
    for (const channel of this.channels) {
      const again = new PouchDB(channel.ctx.mirror.name);
      await again.destroy();
    }
  }

  /** Who changed a record last and when, as the office's document says. */
  async lastChange(table: string, key: string): Promise<{ by: string; at: number } | null> {
    const channel = this.channels.find((c) => c.ctx.tables.includes(table));
    if (!channel) return null;
    try {
      const doc = (await channel.ctx.mirror.get(`${table}:${key}`)) as { changedBy?: string; changedAt?: number };
      return doc.changedBy && doc.changedAt ? { by: doc.changedBy, at: doc.changedAt } : null;
    } catch {
      return null;
    }
  }
}
