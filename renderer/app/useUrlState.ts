// A list's filters and sorting kept in the URL's search params, so opening a record and coming back keeps them.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';

/** Each list's last search (`?country=DE&desc=1`) by its path, for a record's "back to the list" link. */
const lastSearch = new Map<string, string>();

/** The list's address with the filters and sorting it last showed (the bare path when it showed none). */
export const listHref = (path: string): string => path + (lastSearch.get(path) ?? '');

/** Each key's value as text; a value equal to its default stays out of the URL. */
export type UrlState<K extends string> = Record<K, string>;

function read<K extends string>(params: URLSearchParams, defaults: UrlState<K>): UrlState<K> {
  const state = { ...defaults };
  for (const key of Object.keys(defaults) as K[]) {
    const value = params.get(key);
    if (value !== null) state[key] = value;
  }
  return state;
}

/** The state's own keys as they would stand in the URL, in a fixed order (to compare states). */
function serialise<K extends string>(state: UrlState<K>, defaults: UrlState<K>): string {
  const out = new URLSearchParams();
  for (const key of Object.keys(defaults) as K[]) if (state[key] !== defaults[key]) out.set(key, state[key]);
  return out.toString();
}

/**
 * The state lives in the component (typing stays immediate) and is written to the URL with `replace`, so the
 * history holds one entry per page. A URL changed from outside (a link to the bare list) resets the state;
 * the component's own writes, seen back one after another, do not.
 */
export function useUrlState<K extends string>(
  defaults: UrlState<K>,
): [UrlState<K>, (patch: Partial<UrlState<K>>) => void, () => void] {
  const [params, setParams] = useSearchParams();
  const { pathname, search } = useLocation();
  const initial = useRef(defaults).current;
  const [state, setState] = useState(() => read(params, initial));
  // Writes not yet seen back in the URL, oldest first.
  const pending = useRef<string[]>([]);

  useEffect(() => {
    const seen = serialise(read(params, initial), initial);
    const at = pending.current.indexOf(seen);
    if (at >= 0) {
      pending.current.splice(0, at + 1);
      return;
    }
    pending.current = [];
    setState((current) => (serialise(current, initial) === seen ? current : read(params, initial)));
  }, [params, initial]);

  useEffect(() => {
    const wanted = serialise(state, initial);
    const last = pending.current.at(-1);
    if (last === wanted || (last === undefined && serialise(read(params, initial), initial) === wanted)) return;
    pending.current.push(wanted);
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const key of Object.keys(initial) as K[]) {
          if (state[key] === initial[key]) next.delete(key);
          else next.set(key, state[key]);
        }
        return next;
      },
      { replace: true },
    );
    // Only a change of the state writes; a URL seen back is handled above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  useEffect(() => {
    lastSearch.set(pathname, search);
  }, [pathname, search]);

  const update = useCallback((patch: Partial<UrlState<K>>) => setState((s) => ({ ...s, ...patch })), []);
  const reset = useCallback(() => setState(initial), [initial]);
  return [state, update, reset];
}
