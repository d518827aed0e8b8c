// Counts the file writes main has under way (automatic backups, saved files, window state), so quitting can wait for them.

export interface PendingWrites {
  /** Counts `write` as under way until it settles; resolves or rejects as it does. */
  track<T>(write: Promise<T>): Promise<T>;
  /** How many writes are under way now. */
  readonly count: number;
  /** Resolves once no write is under way (at once when none is). */
  idle(): Promise<void>;
  /** Calls `listener` each time a write starts; returns the unsubscribe. */
  onStart(listener: () => void): () => void;
}

export function createPendingWrites(): PendingWrites {
  let count = 0;
  let waiting: (() => void)[] = [];
  const starts = new Set<() => void>();
  const settle = () => {
    count -= 1;
    if (count > 0) return;
    const done = waiting;
    waiting = [];
    done.forEach((resolve) => resolve());
  };
  return {
    track(write) {
      count += 1;
      starts.forEach((listener) => listener());
      return write.finally(settle);
    },
    get count() {
      return count;
    },
    idle() {
      return count === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
    },
    onStart(listener) {
      starts.add(listener);
      return () => void starts.delete(listener);
    },
  };
}
