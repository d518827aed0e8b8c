// The app's guards: Content-Security-Policy, navigation and window-open rules, e-mail links, permissions.
import type { App, Session, WebContents } from 'electron';

/** Same policy as the page's meta tag (see vite.config.ts); both must stay in step. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "manifest-src 'self'",
  "media-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * True only for a URL that is the app itself. `allowedOrigins` holds the app:// origin and, in
 * development, the dev server's origin.
 */
export function isAppUrl(url: string, allowedOrigins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  return allowedOrigins.includes(`${parsed.protocol}//${parsed.host}`);
}

/**
 * An external link the user may be offered to open in the system browser: https only, a real
 * host name, no credentials. Returns the normalised URL or null.
 */
export function externalHttpsUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password || !parsed.hostname.includes('.')) return null;
  // An address typed as an IP (also hex or octal forms, which the parser normalises) is not a link to a site.
  if (/^\d+\.\d+\.\d+\.\d+$/.test(parsed.hostname) || parsed.hostname.startsWith('[')) return null;
  return parsed.toString();
}

/** One plain e-mail address: no spaces, brackets, commas, quotes or a second @, and a dot in the domain. */
const MAIL_ADDRESS = /^[^\s@<>()[\]\\,;:"%?#&/]+@[^\s@<>()[\]\\,;:"%?#&/]+\.[^\s@<>()[\]\\,;:"%?#&/.]+$/;

/**
 * A `mailto:` link to exactly one plain address, as the contact and member lists make them, or null.
 * Anything more (a query with `attach=`, `cc=` or a body, several addresses, encoded characters,
 * control characters) is refused, so a link can only ever open an empty message to one person.
 */
export function mailtoUrl(url: string): string | null {
  if (url.length > 300 || !/^mailto:/i.test(url)) return null;
  const address = url.slice('mailto:'.length);
  if (!MAIL_ADDRESS.test(address) || address.length > 254) return null;
  return `mailto:${address}`;
}

export interface GuardDeps {
  allowedOrigins: readonly string[];
  /** Asks the user before an https link leaves the app; true opens it in the system browser. */
  confirmExternal(url: string, contents: WebContents): Promise<boolean>;
  /** Hands a URL to the system (`shell.openExternal`): a confirmed https link, or a `mailto:` link to the mail program. */
  openExternal(url: string): Promise<void>;
}

/** The parts of a WebContents the guards use; a test passes a recorder. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** The URL of a navigation event: Electron 45 puts it on the event, older versions pass it second. */
const navigationUrl = (event: { url?: string }, url: unknown): string =>
  typeof event.url === 'string' ? event.url : typeof url === 'string' ? url : '';

/**
 * Applies the navigation, frame, redirect, window-open, webview and Bluetooth guards to one WebContents.
 * Only the app itself may be navigated to; every new window is refused. An https link (clicked in the
 * page or opened as a new window) is offered to the system browser, and opens there only if the user confirms.
 */
export function guardWebContents(contents: GuardedContents, deps: GuardDeps): void {
  const allowed = (url: string): boolean => isAppUrl(url, deps.allowedOrigins);
  /** Offers an https link to the system browser; the user's yes is required, any failure means no. */
  const offerExternal = (url: string): void => {
    const mail = mailtoUrl(url);
    if (mail) {
      deps.openExternal(mail).catch(() => undefined);
      return;
    }
    const external = externalHttpsUrl(url);
    if (!external) return;
    deps
      .confirmExternal(external, contents as WebContents)
      .then((yes) => (yes ? deps.openExternal(external) : undefined))
      .catch(() => undefined);
  };
  contents.on('will-navigate', (event, url) => {
    const target = navigationUrl(event, url);
    if (allowed(target)) return;
    event.preventDefault();
    offerExternal(target);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !allowed(navigationUrl(event, undefined))) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!allowed(navigationUrl(event, url))) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
  contents.setWindowOpenHandler(({ url }) => {
    offerExternal(url);
    return { action: 'deny' };
  });
}

/**
 * Permissions: the app's own origin gets persistent storage (so the office's data is never evicted
 * under storage pressure) and may hand a plain `mailto:` link to the mail program; every other
 * request and check, and every request from any other origin, is refused (no camera, location or the like).
 */
export function applyPermissionPolicy(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>,
  allowedOrigins: readonly string[],
): void {
  const fromApp = (url: string | undefined): boolean => url !== undefined && isAppUrl(url, allowedOrigins);
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    if (permission === 'persistent-storage') return callback(fromApp(details.requestingUrl));
    if (permission === 'openExternal') {
      const target = 'externalURL' in details ? details.externalURL : undefined;
      return callback(fromApp(details.requestingUrl) && target !== undefined && mailtoUrl(target) !== null);
    }
    callback(false);
  });
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) =>
      permission === 'persistent-storage' && allowedOrigins.includes(requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}

/** Installs the guards on every WebContents the app will ever create. */
export function installSecurityGuards(app: Pick<App, 'on'>, deps: GuardDeps): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, deps));
}
