// A live query whose first read starts while the component is drawn. `useLiveQuery` starts reading in an effect,
// after the whole page is committed: on the calendar that is 40–50 ms of drawing its toolbar before the month's
// events are even asked for. Here the read runs beside the drawing, and the same live query then keeps the value up
// to date as `useLiveQuery` would.
import { liveQuery } from 'dexie';
import { useObservable } from 'dexie-react-hooks';
import type { DependencyList } from 'react';

/** A read started by a draw that is never committed (React dropped it) is let go after this long. */
const UNCLAIMED_MS = 5_000;

interface Observer<T> {
  next: (value: T) => void;
  error: (error: unknown) => void;
}

/**
 * A live query subscribed at once, handing its latest value (or error) to whoever subscribes later. Left without a
 * subscriber for `unclaimedMs` after it starts, it stops; it stops too when its last subscriber leaves.
 */
export function startLiveRead<T>(querier: () => Promise<T> | T, unclaimedMs = UNCLAIMED_MS) {
  const observers = new Set<Observer<T>>();
  let latest: { value: T } | { error: unknown } | undefined;
  let source: { unsubscribe: () => void } | undefined;
  const start = () => {
    source = liveQuery(querier).subscribe({
      next: (value) => {
        latest = { value };
        for (const o of [...observers]) o.next(value);
      },
      error: (error: unknown) => {
        latest = { error };
        for (const o of [...observers]) o.error(error);
      },
    });
  };
  const stop = () => {
    source?.unsubscribe();
    source = undefined;
    latest = undefined;
  };
  start();
  let unclaimed: ReturnType<typeof setTimeout> | undefined = setTimeout(stop, unclaimedMs);
  return {
    /** False once it has stopped (nobody claimed it, or its last subscriber left). */
    isRunning: () => source !== undefined,
    hasValue: () => latest !== undefined && 'value' in latest,
    getValue: () => (latest && 'value' in latest ? latest.value : undefined) as T,
    subscribe(next: (value: T) => void, error: (error: unknown) => void = () => undefined) {
      clearTimeout(unclaimed);
      unclaimed = undefined;
      // Subscribed again after everyone had left (an effect run twice): reading starts over.
      if (!source) start();
      const observer = { next, error };
      observers.add(observer);
      if (latest) {
        if ('value' in latest) next(latest.value);
        else error(latest.error);
      }
      return {
        unsubscribe: () => {
          observers.delete(observer);
          if (observers.size === 0) stop();
        },
      };
    },
  };
}

/** `useLiveQuery(querier, deps)`, with the first read started as the component is drawn. */
export function useLiveRead<T>(querier: () => Promise<T> | T, deps: DependencyList = []): T | undefined {
  return useObservable(() => startLiveRead(querier), [...deps]);
}
