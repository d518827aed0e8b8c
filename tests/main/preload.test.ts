// The preload exposes exactly one function per channel of shared/ipc.ts (plus the main→renderer subscriptions
// it declares) as window.api, each bound to its own channel, and nothing of ipcRenderer or process.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as ipc from '../../shared/ipc';
import { channelId, channelNames } from '../../shared/ipc';

const bridge = vi.hoisted(() => {
  const exposed: [string, unknown][] = [];
  const invoked: unknown[][] = [];
  const subscribed = new Map<string, (...args: unknown[]) => void>();
  const ipcRenderer = {
    invoke: (...args: unknown[]) => {
      invoked.push(args);
      return Promise.resolve({ ok: true, value: `answer:${String(args[0])}` });
    },
    send: () => undefined,
    sendSync: () => undefined,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      subscribed.set(channel, listener);
      return ipcRenderer;
    },
    once: () => ipcRenderer,
    removeListener: (channel: string, listener: unknown) => {
      if (subscribed.get(channel) === listener) subscribed.delete(channel);
      return ipcRenderer;
    },
    removeAllListeners: () => ipcRenderer,
    postMessage: () => undefined,
  };
  return { exposed, invoked, subscribed, ipcRenderer };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => void bridge.exposed.push([key, value]),
  },
  ipcRenderer: bridge.ipcRenderer,
}));

/** The main→renderer subscriptions shared/ipc.ts declares beside the channels. */
const subscriptions: readonly string[] = ipc.preloadSubscriptions;

let api: Record<string, unknown>;

beforeAll(async () => {
  await import('../../electron/preload');
  api = (bridge.exposed[0]?.[1] ?? {}) as Record<string, unknown>;
});

describe('the preload', () => {
  it('exposes one object, window.api, once', () => {
    expect(bridge.exposed.map(([key]) => key)).toEqual(['api']);
  });

  it('exposes exactly the channel map’s functions', () => {
    expect(Object.keys(api).sort()).toEqual([...channelNames, ...subscriptions].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('exposes nothing of ipcRenderer, process or require', () => {
    const values = Object.values(api);
    expect(values).not.toContain(bridge.ipcRenderer);
    for (const method of Object.values(bridge.ipcRenderer)) expect(values).not.toContain(method);
    for (const key of [
      'ipcRenderer',
      'process',
      'require',
      'invoke',
      'send',
      'sendSync',
      'on',
      'electron',
      'versions',
    ]) {
      expect(api).not.toHaveProperty(key);
    }
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype);
  });

  it.each(channelNames)('binds %s to its own channel, whatever extra arguments the page passes', async (name) => {
    bridge.invoked.length = 0;
    const request = { probe: name };
    const fn = api[name] as (...args: unknown[]) => Promise<unknown>;
    const answer = await fn(request, 'twinning:saveFile', { channel: 'ELECTRON_BROWSER_REMOTE' });
    expect(bridge.invoked).toHaveLength(1);
    const [channel, sent, ...rest] = bridge.invoked[0] ?? [];
    expect(channel).toBe(channelId(name));
    expect(rest).toEqual([]);
    // A channel without a request sends nothing, so the page cannot smuggle a payload through it.
    if (ipc.channels[name].safeParse(undefined).success) expect(sent).toBeUndefined();
    else expect(sent).toBe(request);
    expect(answer).toEqual({ ok: true, value: `answer:${channelId(name)}` });
  });

  it.each(subscriptions)('%s hands the page no IPC event and can be undone', async (name) => {
    bridge.subscribed.clear();
    bridge.invoked.length = 0;
    const heard: unknown[][] = [];
    const subscribe = api[name] as (listener: (...args: unknown[]) => Promise<void>) => () => void;
    const unsubscribe = subscribe((...args) => {
      heard.push(args);
      return Promise.resolve();
    });
    const [[channel, handler]] = [...bridge.subscribed.entries()] as [[string, (...args: unknown[]) => void]];
    expect(channel).toMatch(/^twinning:/);
    handler({ sender: bridge.ipcRenderer, senderFrame: {}, ports: [] }, 'from main');
    await Promise.resolve();
    expect(heard).toHaveLength(1);
    for (const arg of heard[0] ?? []) {
      expect(arg).not.toBe(bridge.ipcRenderer);
      expect(arg).not.toHaveProperty('sender');
    }
    unsubscribe();
    expect(bridge.subscribed.size).toBe(0);
  });

  it('imports only electron and constant-only shared modules, so the sandboxed bundle stays tiny', () => {
    const source = readFileSync(path.resolve(__dirname, '../../electron/preload.ts'), 'utf8');
    const imports = [...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gm)]
      .filter((m) => !m[1])
      .map((m) => m[2] ?? '');
    expect(imports).toContain('electron');
    for (const name of imports.filter((n) => n !== 'electron')) {
      expect(name).toMatch(/^\.\.\/shared\//);
      const shared = readFileSync(path.resolve(__dirname, '../../electron', `${name}.ts`), 'utf8');
      expect(shared).not.toMatch(/^import\s+(?!type\b)/m);
    }
  });
});
