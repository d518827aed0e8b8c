// The app's guards: Content-Security-Policy, navigation and window-open rules, permission denial.
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
  return parsed.toString();
}

export interface GuardDeps {
  allowedOrigins: readonly string[];
  /** Asks the user before an https link leaves the app; true opens it in the system browser. */
  confirmExternal(url: string, contents: WebContents): Promise<boolean>;
  openExternal(url: string): Promise<void>;
}

/** Applies navigation, window-open and webview guards to one WebContents. */
export function guardWebContents(contents: WebContents, deps: GuardDeps): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, deps.allowedOrigins)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, deps.allowedOrigins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalHttpsUrl(url);
    if (external) {
      void deps.confirmExternal(external, contents).then((yes) => {
        if (yes) return deps.openExternal(external);
        return undefined;
      });
    }
    return { action: 'deny' };
  });
}

/** Every permission request and check is refused: the app needs no camera, location or the like. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Installs the guards on every WebContents the app will ever create. */
export function installSecurityGuards(app: App, deps: GuardDeps): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, deps));
}
