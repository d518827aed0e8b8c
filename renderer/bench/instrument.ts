// Benchmark build only: records IndexedDB reads that walk a whole store or index (no key range).
export interface WholeReads {
  calls: string[];
  reset(): void;
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
      if (args[0] === undefined || args[0] === null) {
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
