// The outbox: a Dexie DBCore middleware that writes one outbox row per changed record in the same
// transaction as the change, so a committed change is never lost to the sync. Remote transactions are skipped.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Dexie, Transaction } from 'dexie';
import { LOCAL_ONLY_TABLES, type OutboxRow } from '../../../shared/sync/types';

export const OUTBOX_TABLE = 'outbox';
const untracked = new Set<string>(LOCAL_ONLY_TABLES);

/** Transactions that apply changes pulled from the office: their writes are not sent back. */
const remoteTransactions = new WeakSet<object>();

/** Marks a running read-write transaction as applying remote changes. */
export function markRemote(tx: Transaction): void {
  remoteTransactions.add(tx.idbtrans);
}

/** The primary keys a successful mutation touched (failed operations of a bulk write are left out). */
async function changedKeys(table: DBCoreTable, req: DBCoreMutateRequest, results: unknown[] | undefined) {
  switch (req.type) {
    case 'delete':
      return req.keys;
    case 'deleteRange': {
      const found = await table.query({
        trans: req.trans,
        values: false,
        query: { index: table.schema.primaryKey, range: req.range },
      });
      return found.result;
    }
    default:
      return req.keys ?? results ?? [];
  }
}

/**
 * The middleware. `isEnabled` is read at every transaction: with team sync off it costs one call and
 * writes nothing, so a desk without sync works exactly as before.
 */
export function outboxMiddleware(isEnabled: () => boolean, now: () => number = Date.now) {
  return {
    stack: 'dbcore' as const,
    name: 'outbox',
    create(down: DBCore): DBCore {
      return {
        ...down,
        transaction(stores, mode, options) {
          const widen = mode === 'readwrite' && isEnabled() && !stores.includes(OUTBOX_TABLE);
          return down.transaction(widen ? [...stores, OUTBOX_TABLE] : stores, mode, options);
        },
        table(name) {
          const table = down.table(name);
          if (untracked.has(name)) return table;
          return {
            ...table,
            async mutate(req) {
              const trans = req.trans as DBCoreTransaction & { abort?: () => void; objectStoreNames?: DOMStringList };
              const tracked =
                isEnabled() &&
                !remoteTransactions.has(trans) &&
                (trans.objectStoreNames?.contains(OUTBOX_TABLE) ?? true);
              if (!tracked) return table.mutate(req);
              const keysBefore = req.type === 'deleteRange' ? await changedKeys(table, req, undefined) : undefined;
              const response = await table.mutate(req);
              const failed = new Set(Object.keys(response.failures).map(Number));
              const keys = (keysBefore ?? (await changedKeys(table, req, response.results))).filter(
                (_, i) => !failed.has(i),
              );
              if (keys.length === 0) return response;
              const op: OutboxRow['op'] = req.type === 'delete' || req.type === 'deleteRange' ? 'delete' : 'put';
              const at = now();
              const rows: OutboxRow[] = keys.map((key) => ({ table: name, key: String(key), op, at }));
              try {
                await down.table(OUTBOX_TABLE).mutate({ type: 'add', trans, values: rows });
              } catch (error) {
                // The change must not commit without its outbox row.
                trans.abort?.();
                throw error;
              }
              return response;
            },
          };
        },
      };
    },
  };
}

/** Installs the outbox on a database before it opens. */
export function installOutbox(database: Dexie, isEnabled: () => boolean): void {
  database.use(outboxMiddleware(isEnabled));
}

/** Runs `apply` in a read-write transaction over `tables` whose writes write no outbox rows. */
export function inRemoteTransaction<T>(database: Dexie, tables: string[], apply: () => Promise<T>): Promise<T> {
  return database.transaction('rw', tables, async (tx) => {
    markRemote(tx);
    return apply();
  });
}
