// Every channel of the map goes through the one wrapper: sender check, schema before the handler, clean errors.
// The channel list is read from shared/ipc.ts at run time, so channels added later are covered too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createListener, registerAll, UserFacingError, type Handler, type Handlers } from '../../electron/ipc/handle';
import { APP_ORIGIN } from '../../electron/protocol';
import { isAppUrl } from '../../electron/security';
import { channelId, channelNames, channels, type ChannelName } from '../../shared/ipc';

/** The sender check main.ts gives the wrapper in a packaged app. */
const trusted = (url: string) => isAppUrl(url, [APP_ORIGIN]);
const appFrame = { senderFrame: { url: 'app://twinning-desk/index.html', parent: null } };

/** Registers recording handlers for every channel and returns what ipcMain.handle was given. */
function registerRecorders() {
  const calls: { name: ChannelName; request: unknown }[] = [];
  const registered = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const handlers = Object.fromEntries(
    channelNames.map((name) => [
      name,
      (request: unknown) => {
        calls.push({ name, request });
        return null;
      },
    ]),
  ) as unknown as Handlers;
  const ipc = {
    handle: (channel: string, listener: (event: unknown, payload: unknown) => Promise<unknown>) => {
      if (registered.has(channel)) throw new Error(`${channel} registered twice`);
      registered.set(channel, listener);
    },
  };
  registerAll(ipc as never, handlers, trusted);
  return { calls, registered };
}

describe('channel registration', () => {
  it('registers each channel of the map exactly once, under its namespaced id', () => {
    const { registered } = registerRecorders();
    expect([...registered.keys()].sort()).toEqual(channelNames.map(channelId).sort());
    expect(channelNames.length).toBe(Object.keys(channels).length);
    for (const id of registered.keys()) expect(id).toMatch(/^twinning:[a-zA-Z]+$/);
  });

  it.each(channelNames)('%s refuses foreign and sub frames without reaching its handler', async (name) => {
    const { calls, registered } = registerRecorders();
    const listener = registered.get(channelId(name));
    const foreign = [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: 'app://twinning-desk.evil/index.html', parent: null } },
      { senderFrame: { url: 'app://twinning-desk@evil/index.html', parent: null } },
      { senderFrame: { url: 'file:///C:/Users/ola/Downloads/page.html', parent: null } },
      { senderFrame: { url: 'data:text/html,<script>x</script>', parent: null } },
      { senderFrame: { url: 'about:blank', parent: null } },
      { senderFrame: { url: '', parent: null } },
      { senderFrame: { url: 'app://twinning-desk/index.html', parent: { url: 'app://twinning-desk/index.html' } } },
      { senderFrame: null },
      {},
    ];
    for (const event of foreign) {
      expect(await listener?.(event, undefined)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(calls).toEqual([]);
  });
});

describe('generated invalid payloads', () => {
  it.each(channelNames)('never reach the %s handler', async (name) => {
    const schema = channels[name];
    await fc.assert(
      fc.asyncProperty(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withNullPrototype: true,
        }),
        async (payload) => {
          const { calls, registered } = registerRecorders();
          const result = await registered.get(channelId(name))?.(appFrame, payload);
          if (schema.safeParse(payload).success) {
            expect(calls).toHaveLength(1);
          } else {
            expect(calls).toEqual([]);
            expect(result).toEqual({
              ok: false,
              error: { code: 'invalid-request', message: 'The request was not valid.' },
            });
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never pass keys the schema does not know, nor a polluted prototype', async () => {
    const seen: unknown[] = [];
    const listener = createListener(
      'setLanguage',
      (request) => {
        seen.push(request);
        return null;
      },
      trusted,
    );
    const payload = JSON.parse(
      '{"language":"pl","__proto__":{"admin":true},"constructor":{"prototype":{"x":1}},"path":"/etc"}',
    );
    expect(await listener(appFrame as never, payload)).toEqual({ ok: true, value: null });
    expect(seen).toEqual([{ language: 'pl' }]);
    expect(Object.getPrototypeOf(seen[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('refuse near-miss save requests: wrong types, too long names, bad filters', async () => {
    let called = false;
    const listener = createListener(
      'saveFile',
      () => {
        called = true;
        return { canceled: true };
      },
      trusted,
    );
    const bad = [
      { suggestedName: '', data: 'x', filters: [] },
      { suggestedName: 'a'.repeat(301), data: 'x', filters: [] },
      { suggestedName: 'a.csv', data: 42, filters: [] },
      { suggestedName: 'a.csv', data: [1, 2, 3], filters: [] },
      { suggestedName: 'a.csv', data: 'x', filters: [{ name: 'CSV', extensions: ['../exe'] }] },
      { suggestedName: 'a.csv', data: 'x', filters: [{ name: 'CSV', extensions: ['*'] }] },
      { suggestedName: 'a.csv', data: 'x' },
      { suggestedName: 'a.csv', data: 'x', filters: 'all' },
    ];
    for (const payload of bad) {
      expect(await listener(appFrame as never, payload)).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
    expect(called).toBe(false);
  });
});

describe('errors on the way back to the renderer', () => {
  it('carry no stack, path or original message, whatever is thrown', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 3 }),
        fc.constantFrom('EACCES', 'ENOENT', 'ENOSPC', 'EIO', 'EBUSY', undefined, 42, 'weird'),
        fc.constantFrom('error', 'string', 'object'),
        async (detail, code, shape) => {
          const secret = `/home/ola/Dokumenty/${detail}`;
          const thrown =
            shape === 'error'
              ? Object.assign(new Error(`failed at ${secret}`), { code, path: secret })
              : shape === 'string'
                ? `failed at ${secret}`
                : { code, message: secret, stack: `Error\n    at x (${secret}.ts:1:1)` };
          const handler: Handler<'setLanguage'> = () => {
            throw thrown;
          };
          const result = await createListener('setLanguage', handler, trusted)(appFrame as never, { language: 'pl' });
          const text = JSON.stringify(result);
          expect(result.ok).toBe(false);
          expect(text).not.toContain('/home/ola');
          expect(text).not.toMatch(/\bat .*:\d+:\d+/);
          expect(text).not.toContain('stack');
          expect(Object.keys(result)).toEqual(['ok', 'error']);
          if (!result.ok) expect(Object.keys(result.error).sort()).toEqual(['code', 'message']);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keep a user-facing message, which the main process writes without paths', async () => {
    const listener = createListener(
      'setLanguage',
      () => {
        throw new UserFacingError('too-large', 'The file is larger than 256 MB.');
      },
      trusted,
    );
    expect(await listener(appFrame as never, { language: 'en' })).toEqual({
      ok: false,
      error: { code: 'too-large', message: 'The file is larger than 256 MB.' },
    });
  });

  it('are plain data that survive the structured clone to the renderer', async () => {
    const listener = createListener(
      'setLanguage',
      () => {
        throw Object.assign(new Error('x'), { code: 'EPERM' });
      },
      trusted,
    );
    const result = await listener(appFrame as never, { language: 'en' });
    expect(structuredClone(result)).toEqual(result);
  });
});
