// The navigation, window-open, webview, Bluetooth and permission guards, driven through recording fakes.
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../electron/protocol';
import {
  applyPermissionPolicy,
  externalHttpsUrl,
  guardWebContents,
  installSecurityGuards,
  isAppUrl,
  mailtoUrl,
  type GuardDeps,
  type GuardedContents,
} from '../../electron/security';
import { HOSTILE_URLS } from './security-urls';

const origins = [APP_ORIGIN];

/** A WebContents stand-in that records what the guards register. */
function fakeContents() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on(event: string, listener: (...args: unknown[]) => void) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  };
  /** Fires a navigation-like event; true when a guard prevented it. */
  const fire = (name: string, url: string, extra: Record<string, unknown> = {}): boolean => {
    let prevented = false;
    const event = { url, ...extra, preventDefault: () => void (prevented = true) };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    listener(event, url);
    return prevented;
  };
  const open = (url: string) => {
    if (!openHandler) throw new Error('no window-open handler');
    return openHandler({ url });
  };
  return { contents: contents as unknown as GuardedContents, listeners, fire, open };
}

/** Guard deps whose confirm answers `answer` and that record what was asked and opened. */
function fakeDeps(answer: boolean | Error) {
  const asked: string[] = [];
  const opened: string[] = [];
  const deps: GuardDeps = {
    allowedOrigins: origins,
    confirmExternal: (url) => {
      asked.push(url);
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
  };
  return { deps, asked, opened };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the hostile URL corpus', () => {
  it('has at least 50 entries, none duplicated', () => {
    expect(HOSTILE_URLS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(HOSTILE_URLS).size).toBe(HOSTILE_URLS.length);
  });

  it.each(HOSTILE_URLS)('is refused as an app URL: %j', (url) => {
    expect(isAppUrl(url, origins)).toBe(false);
  });

  it.each(HOSTILE_URLS)('is refused by navigation, redirect, frame and window-open guards: %j', async (url) => {
    const { deps, opened } = fakeDeps(true);
    const fake = fakeContents();
    guardWebContents(fake.contents, deps);
    expect(fake.fire('will-navigate', url)).toBe(true);
    expect(fake.fire('will-redirect', url)).toBe(true);
    expect(fake.fire('will-frame-navigate', url, { isMainFrame: false })).toBe(true);
    expect(fake.open(url)).toEqual({ action: 'deny' });
    await settle();
    // Even with a user who says yes to everything, only a real https site reaches the browser, and
    // only a plain mailto: link to one address reaches the mail program.
    for (const target of opened) expect(externalHttpsUrl(target) ?? mailtoUrl(target)).toBe(target);
    if (externalHttpsUrl(url) === null && mailtoUrl(url) === null) expect(opened).toEqual([]);
  });
});

describe('the app itself', () => {
  it.each([
    'app://twinning-desk/index.html',
    'app://twinning-desk/',
    'app://twinning-desk/index.html#/partners/42',
    'app://twinning-desk/assets/index-abc123.js?v=1',
  ])('may be navigated to: %s', (url) => {
    const fake = fakeContents();
    guardWebContents(fake.contents, fakeDeps(false).deps);
    expect(isAppUrl(url, origins)).toBe(true);
    expect(fake.fire('will-navigate', url)).toBe(false);
    expect(fake.fire('will-redirect', url)).toBe(false);
    expect(fake.fire('will-frame-navigate', url, { isMainFrame: false })).toBe(false);
  });

  it('still refuses to open itself in a new window', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents, fakeDeps(true).deps);
    expect(fake.open('app://twinning-desk/index.html')).toEqual({ action: 'deny' });
  });

  it('allows the dev server only when it is listed as an origin', () => {
    expect(isAppUrl('http://localhost:5173/', origins)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', [...origins, 'http://localhost:5173'])).toBe(true);
  });
});

describe('external links', () => {
  const link = 'https://www.ronnenberg.de/partnerstaedte';

  it('open in the system browser after the user confirms', async () => {
    const { deps, asked, opened } = fakeDeps(true);
    const fake = fakeContents();
    guardWebContents(fake.contents, deps);
    expect(fake.open(link)).toEqual({ action: 'deny' });
    await settle();
    expect(asked).toEqual([link]);
    expect(opened).toEqual([link]);
  });

  it('stay closed when the user declines', async () => {
    const { deps, asked, opened } = fakeDeps(false);
    const fake = fakeContents();
    guardWebContents(fake.contents, deps);
    expect(fake.open(link)).toEqual({ action: 'deny' });
    await settle();
    expect(asked).toEqual([link]);
    expect(opened).toEqual([]);
  });

  it('stay closed, without an unhandled rejection, when the dialog fails', async () => {
    const { deps, opened } = fakeDeps(new Error('dialog gone'));
    const fake = fakeContents();
    guardWebContents(fake.contents, deps);
    fake.open(link);
    await settle();
    expect(opened).toEqual([]);
  });

  it.each([
    'http://www.ronnenberg.de/',
    'https://user:secret@www.ronnenberg.de/',
    'https://intranet/',
    'https://192.168.0.10/admin',
    'https://0xC0A8000A/',
    'https://[::1]/',
    'ftp://www.ronnenberg.de/',
  ])('are never offered for %s', async (url) => {
    const { deps, asked, opened } = fakeDeps(true);
    const fake = fakeContents();
    guardWebContents(fake.contents, deps);
    expect(fake.open(url)).toEqual({ action: 'deny' });
    await settle();
    expect(asked).toEqual([]);
    expect(opened).toEqual([]);
  });

  it('clicked in the page, never navigate the app window but are offered the same way', async () => {
    for (const answer of [true, false]) {
      const { deps, asked, opened } = fakeDeps(answer);
      const fake = fakeContents();
      guardWebContents(fake.contents, deps);
      expect(fake.fire('will-navigate', link)).toBe(true);
      await settle();
      expect(asked).toEqual([link]);
      expect(opened).toEqual(answer ? [link] : []);
    }
  });

  it('reached by a redirect or inside a frame are blocked and not offered', async () => {
    const { deps, asked } = fakeDeps(true);
    const fake = fakeContents();
    guardWebContents(fake.contents, deps);
    expect(fake.fire('will-redirect', link)).toBe(true);
    expect(fake.fire('will-frame-navigate', link, { isMainFrame: false })).toBe(true);
    await settle();
    expect(asked).toEqual([]);
  });
});

describe('webviews and device pickers', () => {
  it('refuses to attach a webview', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents, fakeDeps(true).deps);
    expect(fake.fire('will-attach-webview', 'app://twinning-desk/index.html')).toBe(true);
  });

  it('cancels a Bluetooth device picker instead of taking the first device', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents, fakeDeps(true).deps);
    let prevented = false;
    const chosen: string[] = [];
    fake.listeners.get('select-bluetooth-device')?.(
      { preventDefault: () => void (prevented = true) },
      [{ deviceId: 'AA:BB', deviceName: 'Beacon' }],
      (id: string) => chosen.push(id),
    );
    expect(prevented).toBe(true);
    expect(chosen).toEqual(['']);
  });

  it('guards every WebContents the app creates', () => {
    let onCreated: ((event: unknown, contents: GuardedContents) => void) | undefined;
    const app = { on: (_name: string, listener: typeof onCreated) => void (onCreated = listener) };
    installSecurityGuards(app as never, fakeDeps(true).deps);
    const fake = fakeContents();
    onCreated?.({}, fake.contents);
    expect(fake.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.open('https://evil.example/')).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  const PERMISSIONS = [
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'fullscreen',
    'geolocation',
    'idle-detection',
    'media',
    'mediaKeySystem',
    'midi',
    'midiSysex',
    'notifications',
    'pointerLock',
    'keyboardLock',
    'openExternal',
    'speaker-selection',
    'storage-access',
    'top-level-storage-access',
    'window-management',
    'unknown',
    'fileSystem',
    'hid',
    'serial',
    'usb',
    'bluetooth',
  ];

  function fakeSession() {
    const handlers: {
      request?: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
      check?: (contents: unknown, permission: string, origin: string, details: unknown) => boolean;
      device?: (details: unknown) => boolean;
    } = {};
    const session = {
      setPermissionRequestHandler: (h: typeof handlers.request) => void (handlers.request = h),
      setPermissionCheckHandler: (h: typeof handlers.check) => void (handlers.check = h),
      setDevicePermissionHandler: (h: typeof handlers.device) => void (handlers.device = h),
    };
    applyPermissionPolicy(session as never, [APP_ORIGIN]);
    return handlers;
  }

  it.each(PERMISSIONS)('denies the request for %s, even from the app itself', (permission) => {
    const handlers = fakeSession();
    const answers: boolean[] = [];
    handlers.request?.({}, permission, (granted) => answers.push(granted), { requestingUrl: 'app://twinning-desk/' });
    expect(answers).toEqual([false]);
  });

  it.each(PERMISSIONS)('denies the check for %s', (permission) => {
    const handlers = fakeSession();
    expect(handlers.check?.({}, permission, APP_ORIGIN, { requestingUrl: 'app://twinning-desk/' })).toBe(false);
  });

  it('denies every device (HID, serial, USB)', () => {
    const handlers = fakeSession();
    for (const deviceType of ['hid', 'serial', 'usb']) {
      expect(handlers.device?.({ deviceType, origin: APP_ORIGIN, device: {} })).toBe(false);
    }
  });
});
