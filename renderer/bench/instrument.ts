// Benchmark build only: records IndexedDB reads that walk a whole store or index: no key range, or a range
// that only looks bounded (aboveOrEqual('0'), above(''), between(minKey, maxKey) and the like).
export interface WholeReads {
  calls: string[];
  reset(): void;
}

/** A lower bound no stored key of this app sorts below: numbers' floor, the empty string, '0' and less. */
function isFloor(key: unknown): boolean {
  if (key === undefined || key === -Infinity) return true;
  if (typeof key === 'string') return key <= '0';
  if (Array.isArray(key)) return key.length === 0 || isFloor(key[0]);
  return false;
}

/** An upper bound no stored key sorts above: none, Dexie's maxKey ([[]]), or text from '\uffff' on. */
function isCeiling(key: unknown): boolean {
  if (key === undefined) return true;
  if (typeof key === 'string') return key.startsWith('\uffff');
  if (Array.isArray(key)) return key.length === 0 || Array.isArray(key[0]) || isCeiling(key[0]);
  return false;
}

export function isWholeRange(query: unknown): boolean {
  if (query === undefined || query === null) return true;
  if (!(query instanceof IDBKeyRange)) return false;
  return isFloor(query.lower) && isCeiling(query.upper);
}

export function instrumentWholeTableReads(): WholeReads {
  const calls: string[] = [];
  const wrap = (
    proto: IDBObjectStore | IDBIndex,
    method: 'getAll' | 'openCursor' | 'getAllKeys' | 'openKeyCursor',
    kind: string,
  ) => {
    const original = proto[method] as (this: IDBObjectStore | IDBIndex, ...args: unknown[]) => unknown;
    (proto as unknown as Record<string, unknown>)[method] = function (
      this: IDBObjectStore | IDBIndex,
      ...args: unknown[]
    ) {
      if (isWholeRange(args[0])) {
        const store = 'objectStore' in this ? `${this.objectStore.name}.${this.name}` : this.name;
        calls.push(`${kind}.${method}(${store})`);
      }
      return original.apply(this, args);
    };
  };
  for (const m of ['getAll', 'openCursor', 'getAllKeys', 'openKeyCursor'] as const) {
    wrap(IDBObjectStore.prototype, m, 'store');
    wrap(IDBIndex.prototype, m, 'index');
  }
  return { calls, reset: () => void calls.splice(0) };
}
