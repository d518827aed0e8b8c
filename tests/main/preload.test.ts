// The preload exposes exactly one function per channel of shared/ipc.ts (plus any event subscriptions the
// map declares) as window.api, each bound to its own channel, and nothing of ipcRenderer or process.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as ipc from '../../shared/ipc';
import { channelId, channelNames } from '../../shared/ipc';

const bridge = vi.hoisted(() => {
  const exposed: [string, unknown][] = [];
  const invoked: unknown[][] = [];
  const ipcRenderer = {
    invoke: (...args: unknown[]) => {
      invoked.push(args);
      return Promise.resolve({ ok: true, value: `answer:${String(args[0])}` });
    },
    send: () => undefined,
    sendSync: () => undefined,
    on: () => ipcRenderer,
    once: () => ipcRenderer,
    removeListener: () => ipcRenderer,
    removeAllListeners: () => ipcRenderer,
    postMessage: () => undefined,
  };
  return { exposed, invoked, ipcRenderer };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => void bridge.exposed.push([key, value]),
  },
  ipcRenderer: bridge.ipcRenderer,
}));

/** Event subscriptions the channel map may declare for main -> renderer messages (none today). */
function declaredSubscriptions(): string[] {
  const module = ipc as Record<string, unknown>;
  const names = module.subscriptionNames ?? module.eventNames;
  if (Array.isArray(names)) return names.map(String);
  const events = module.events ?? module.subscriptions;
  return events && typeof events === 'object' ? Object.keys(events) : [];
}

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
    expect(Object.keys(api).sort()).toEqual([...channelNames, ...declaredSubscriptions()].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('exposes nothing of ipcRenderer, process or require', () => {
    const values = Object.values(api);
    expect(values).not.toContain(bridge.ipcRenderer);
    for (const method of Object.values(bridge.ipcRenderer)) expect(values).not.toContain(method);
    for (const key of ['ipcRenderer', 'process', 'require', 'invoke', 'send', 'sendSync', 'on', 'electron', 'versions']) {
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

  it('imports only electron and the channel-id helper, so the sandboxed bundle stays tiny', () => {
    const source = readFileSync(path.resolve(__dirname, '../../electron/preload.ts'), 'utf8');
    const imports = [...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gm)]
      .filter((m) => !m[1])
      .map((m) => m[2]);
    expect(imports.sort()).toEqual(['../shared/channelId', 'electron']);
  });
});
