// Rows the team sync keeps next to the office's data: the outbox of local changes and the merge log.

/** One local change waiting to reach the office's server; written in the same transaction as the change. */
export interface OutboxRow {
  /** Auto-incremented: the order changes were made in. */
  seq?: number;
  table: string;
  key: string;
  op: 'put' | 'delete';
  /** Epoch milliseconds of the commit. */
  at: number;
  /** The revision Dexie held when a change pulled from the office was set aside for this one (see the sync worker). */
  base?: string;
}

/**
 * Stores that belong to this desk alone: never sent to the office and never in a backup. The summaries
 * (partnerActivity, campCounts) are derived on each desk from the rows, whoever wrote them.
 */
export const LOCAL_ONLY_TABLES = ['outbox', 'syncLog', 'partnerActivity', 'campCounts'] as const;
