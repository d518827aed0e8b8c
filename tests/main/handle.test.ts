import { describe, expect, it } from 'vitest';
import { createListener, registerAll, UserFacingError, type Handlers } from '../../electron/ipc/handle';
import { channelId, channelNames } from '../../shared/ipc';

const trusted = (url: string) => url.startsWith('app://twinning-desk/');
const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } }) as never;
const appFrame = frame('app://twinning-desk/index.html');

describe('the IPC wrapper', () => {
  it('passes a valid request from the app to the handler and wraps the value', async () => {
    const listener = createListener('setLanguage', ({ language }) => (language === 'en' ? null : null), trusted);
    expect(await listener(appFrame, { language: 'en' })).toEqual({ ok: true, value: null });
  });

  it('refuses a message from a foreign frame without calling the handler', async () => {
    let called = false;
    const listener = createListener(
      'appInfo',
      () => {
        called = true;
        return { name: '', version: '', locale: '', platform: '', electron: null };
      },
      trusted,
    );
    const result = await listener(frame('https://evil.example/'), undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(called).toBe(false);
  });

  it('refuses a message from a subframe of the app', async () => {
    const listener = createListener('setLanguage', () => null, trusted);
    const result = await listener(frame('app://twinning-desk/index.html', {}), { language: 'pl' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('refuses an invalid payload before the handler', async () => {
    let called = false;
    const listener = createListener(
      'setLanguage',
      () => {
        called = true;
        return null;
      },
      trusted,
    );
    const result = await listener(appFrame, { language: 'de' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(called).toBe(false);
  });

  it('reports a thrown error without its stack or path', async () => {
    const listener = createListener(
      'setLanguage',
      () => {
        throw Object.assign(new Error('EACCES: permission denied, open /home/ola/secret'), { code: 'EACCES' });
      },
      trusted,
    );
    const result = await listener(appFrame, { language: 'pl' });
    expect(result).toMatchObject({ ok: false, error: { code: 'no-permission' } });
    expect(JSON.stringify(result)).not.toContain('/home/ola');
    expect(JSON.stringify(result)).not.toMatch(/at .*\.ts/);
  });

  it('keeps the message of a user-facing error', async () => {
    const listener = createListener(
      'setLanguage',
      () => {
        throw new UserFacingError('too-large', 'The file is larger than 1 MB.');
      },
      trusted,
    );
    expect(await listener(appFrame, { language: 'pl' })).toEqual({
      ok: false,
      error: { code: 'too-large', message: 'The file is larger than 1 MB.' },
    });
  });

  it('registers every channel of the map through the wrapper', () => {
    const registered: string[] = [];
    const handlers = Object.fromEntries(channelNames.map((n) => [n, () => null])) as unknown as Handlers;
    registerAll({ handle: (channel: string) => void registered.push(channel) } as never, handlers, trusted);
    expect(registered.sort()).toEqual(channelNames.map(channelId).sort());
  });
});
