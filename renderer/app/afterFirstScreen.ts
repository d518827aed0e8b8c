// Start-up work that can wait (team sync's catch-up with the office's server): it runs once the first screen is
// drawn and the page is idle, so it never competes with that screen's own reads.

export interface FirstScreenTimers {
  frame: (callback: () => void) => void;
  idle?: (callback: () => void, options: { timeout: number }) => void;
  later: (callback: () => void, ms: number) => void;
}

const browserTimers = (): FirstScreenTimers => ({
  frame: (callback) => requestAnimationFrame(() => callback()),
  idle: typeof requestIdleCallback === 'function' ? (cb, o) => requestIdleCallback(() => cb(), o) : undefined,
  later: (callback, ms) => setTimeout(callback, ms),
});

/**
 * Calls `work` once: not before `settleMs` after the next drawn frame, then when the page is idle (at most
 * `timeoutMs` later where the browser has idle callbacks).
 */
export function afterFirstScreen(
  work: () => void,
  { settleMs = 1000, timeoutMs = 3000, timers = browserTimers() } = {},
): void {
  timers.frame(() =>
    timers.later(() => {
      if (timers.idle) timers.idle(work, { timeout: timeoutMs });
      else work();
    }, settleMs),
  );
}
