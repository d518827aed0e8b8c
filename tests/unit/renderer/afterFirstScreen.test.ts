// Start-up work that can wait runs after the first screen is drawn, a settling pause and an idle moment, once.
import { describe, expect, it } from 'vitest';
import { afterFirstScreen, type FirstScreenTimers } from '../../../renderer/app/afterFirstScreen';

/** Timers the test releases one by one, recording what was asked. */
function manualTimers(withIdle = true) {
  const frames: (() => void)[] = [];
  const pauses: { callback: () => void; ms: number }[] = [];
  const idles: { callback: () => void; timeout: number }[] = [];
  const timers: FirstScreenTimers = {
    frame: (callback) => frames.push(callback),
    later: (callback, ms) => pauses.push({ callback, ms }),
    ...(withIdle && { idle: (callback, { timeout }) => idles.push({ callback, timeout }) }),
  };
  return { timers, frames, pauses, idles };
}

describe('afterFirstScreen', () => {
  it('waits for a drawn frame, then the settling pause, then an idle moment before the work runs once', () => {
    const t = manualTimers();
    let runs = 0;
    afterFirstScreen(() => runs++, { settleMs: 1000, timeoutMs: 3000, timers: t.timers });
    expect(runs).toBe(0);
    expect(t.pauses).toHaveLength(0);

    t.frames.shift()!();
    expect(runs).toBe(0);
    expect(t.pauses.map((p) => p.ms)).toEqual([1000]);

    t.pauses.shift()!.callback();
    expect(runs).toBe(0);
    expect(t.idles.map((i) => i.timeout)).toEqual([3000]);

    t.idles.shift()!.callback();
    expect(runs).toBe(1);
    expect([t.frames, t.pauses, t.idles].map((q) => q.length)).toEqual([0, 0, 0]);
  });

  it('runs the work after the pause where the browser has no idle callbacks', () => {
    const t = manualTimers(false);
    let runs = 0;
    afterFirstScreen(() => runs++, { timers: t.timers });
    t.frames.shift()!();
    expect(runs).toBe(0);
    t.pauses.shift()!.callback();
    expect(runs).toBe(1);
  });
});
