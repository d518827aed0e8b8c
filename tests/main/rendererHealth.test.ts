// A crashed or hung page: logged, a reload offered (or waiting, for a hang), and the quit never waits for an answer that cannot come.
import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MessageBoxOptions, RenderProcessGoneDetails } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupRequester, installQuitBackup } from '../../electron/backup/quit';
import { createLog, MAX_LOG_BYTES } from '../../electron/log';
import {
  askWithDialog,
  watchRenderer,
  type Choice,
  type HealthDeps,
  type Trouble,
} from '../../electron/rendererHealth';

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** The main window and its page, as far as the watch sees them; `crash()` and `hang()` act as Chromium would. */
class FakeWindow extends EventEmitter {
  destroyed = false;
  closes = 0;
  calls: string[] = [];
  webContents = Object.assign(new EventEmitter(), {
    send: vi.fn(),
    reload: () => {
      this.calls.push('reload');
    },
    forcefullyCrashRenderer: () => {
      this.calls.push('forcefullyCrashRenderer');
      this.crash('killed');
    },
  });
  isDestroyed = () => this.destroyed;
  crash(reason: RenderProcessGoneDetails['reason'] = 'crashed') {
    this.webContents.emit('render-process-gone', {}, { reason, exitCode: 11 });
  }
  close(): void {
    this.closes++;
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('close', event);
    if (!event.defaultPrevented) this.emit('closed');
  }
}

/** Health deps whose questions the test answers by hand. */
function deps(requester = createBackupRequester(20_000)) {
  const asked: { trouble: Trouble; signal?: AbortSignal; answer: (c: Choice) => void }[] = [];
  const lines: string[] = [];
  let quits = 0;
  const health: HealthDeps = {
    ask: (trouble, signal) => new Promise((answer) => asked.push({ trouble, signal, answer })),
    log: (line) => lines.push(line),
    quit: () => (quits += 1),
    requester,
  };
  return { health, asked, lines, quits: () => quits, requester };
}

describe('a crashed page', () => {
  it('is logged and offers a reload, which loads the app again', async () => {
    const win = new FakeWindow();
    const d = deps();
    watchRenderer(win, d.health);
    win.crash('oom');
    expect(d.lines).toEqual(['renderer gone: reason=oom exitCode=11']);
    expect(d.asked.map((a) => a.trouble)).toEqual(['gone']);
    d.asked[0]?.answer('reload');
    await tick();
    expect(win.calls).toEqual(['reload']);
  });

  it('can be answered with quit instead', async () => {
    const win = new FakeWindow();
    const d = deps();
    watchRenderer(win, d.health);
    win.crash();
    d.asked[0]?.answer('quit');
    await tick();
    expect(d.quits()).toBe(1);
    expect(win.calls).toEqual([]);
  });

  it('does not make the quit wait 20 seconds for a backup answer that cannot come', async () => {
    vi.useFakeTimers();
    try {
      const win = new FakeWindow();
      const d = deps();
      watchRenderer(win, d.health);
      installQuitBackup(win as never, d.requester);
      const closed = new Promise((resolve) => win.once('closed', resolve));
      win.crash();
      // The user closes the window instead of answering the crash question.
      win.close();
      await vi.advanceTimersByTimeAsync(0);
      await closed;
      expect(win.webContents.send).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('ends a backup request already waiting when the page dies', async () => {
    const requester = createBackupRequester(20_000);
    const waiting = requester.request(() => undefined);
    const win = new FakeWindow();
    watchRenderer(win, deps(requester).health);
    win.crash();
    expect(await waiting).toBe('gone');
  });

  it('asks again for a backup once the reloaded page has loaded', async () => {
    const win = new FakeWindow();
    const d = deps();
    watchRenderer(win, d.health);
    win.crash();
    d.asked[0]?.answer('reload');
    await tick();
    win.webContents.emit('did-finish-load');
    let sent = false;
    void d.requester.request(() => (sent = true));
    expect(sent).toBe(true);
    d.requester.answered();
  });

  it('that closed cleanly is only logged', () => {
    const win = new FakeWindow();
    const d = deps();
    watchRenderer(win, d.health);
    win.crash('clean-exit');
    expect(d.lines).toHaveLength(1);
    expect(d.asked).toEqual([]);
  });
});

describe('a hung page', () => {
  it('is logged, and the user may wait: nothing is done', async () => {
    const win = new FakeWindow();
    const d = deps();
    watchRenderer(win, d.health);
    win.emit('unresponsive');
    win.emit('unresponsive');
    expect(d.lines).toEqual(['renderer unresponsive', 'renderer unresponsive']);
    expect(d.asked.map((a) => a.trouble)).toEqual(['unresponsive']);
    d.asked[0]?.answer('wait');
    await tick();
    expect(win.calls).toEqual([]);
  });

  it('reloads in a fresh process when the user chooses reload, without a second question about the crash', async () => {
    const win = new FakeWindow();
    const d = deps();
    watchRenderer(win, d.health);
    win.emit('unresponsive');
    d.asked[0]?.answer('reload');
    await tick();
    expect(win.calls).toEqual(['forcefullyCrashRenderer', 'reload']);
    expect(d.asked).toHaveLength(1);
  });

  it('closes the question by itself when the page answers again', async () => {
    const win = new FakeWindow();
    const d = deps();
    watchRenderer(win, d.health);
    win.emit('unresponsive');
    const signal = d.asked[0]?.signal;
    expect(signal?.aborted).toBe(false);
    win.emit('responsive');
    expect(signal?.aborted).toBe(true);
    expect(d.lines).toEqual(['renderer unresponsive', 'renderer responsive again']);
    // The closed dialog answers as a cancel; a late "reload" must not reload the recovered page either.
    d.asked[0]?.answer('reload');
    await tick();
    expect(win.calls).toEqual([]);
  });
});

describe('the question as a native dialog', () => {
  function fakeDialog(response: number) {
    const shown: MessageBoxOptions[] = [];
    const dialog = {
      showMessageBox: (async (...args: unknown[]) => {
        shown.push((args.length === 2 ? args[1] : args[0]) as MessageBoxOptions);
        return { response, checkboxChecked: false };
      }) as never,
    };
    return { dialog, shown };
  }

  it.each([
    ['pl', 'gone', 0, 'reload', 'Okno programu przestało działać.', ['Wczytaj ponownie', 'Zakończ']],
    ['pl', 'gone', 1, 'quit', 'Okno programu przestało działać.', ['Wczytaj ponownie', 'Zakończ']],
    ['en', 'unresponsive', 0, 'wait', 'The app is not responding.', ['Wait', 'Reload']],
    ['en', 'unresponsive', 1, 'reload', 'The app is not responding.', ['Wait', 'Reload']],
  ] as const)('%s, %s, button %i: %s', async (language, trouble, response, choice, message, buttons) => {
    const { dialog, shown } = fakeDialog(response);
    const controller = new AbortController();
    const ask = askWithDialog(
      dialog,
      () => null,
      () => language,
    );
    expect(await ask(trouble, controller.signal)).toBe(choice);
    expect(shown[0]).toMatchObject({ message, buttons: [...buttons], cancelId: 0, signal: controller.signal });
  });
});

describe('the main-process log', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'twinning-log-'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it('appends one timestamped line per event to main.log, a line break never splitting one', async () => {
    const log = createLog(path.join(dir, 'logs'), () => new Date('2026-12-06T16:00:00.000Z'));
    log('renderer gone: reason=crashed exitCode=11');
    log('renderer unresponsive\nsecond line');
    await log.flushed();
    expect(await readFile(path.join(dir, 'logs', 'main.log'), 'utf8')).toBe(
      '2026-12-06T16:00:00.000Z renderer gone: reason=crashed exitCode=11\n' +
        '2026-12-06T16:00:00.000Z renderer unresponsive second line\n',
    );
  });

  it('starts a new file when the log would pass its size, keeping the previous one', async () => {
    await writeFile(path.join(dir, 'main.log'), 'x'.repeat(MAX_LOG_BYTES - 10));
    const log = createLog(dir);
    log('renderer unresponsive');
    await log.flushed();
    expect((await readdir(dir)).sort()).toEqual(['main.log', 'main.old.log']);
    expect(await readFile(path.join(dir, 'main.log'), 'utf8')).toMatch(/^\S+ renderer unresponsive\n$/);
  });

  it('never throws when the folder cannot be written', async () => {
    await writeFile(path.join(dir, 'blocked'), '');
    const log = createLog(path.join(dir, 'blocked', 'logs'));
    expect(() => log('renderer gone')).not.toThrow();
    await expect(log.flushed()).resolves.toBeUndefined();
  });
});
