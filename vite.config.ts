// The renderer's build: used by electron-vite for the desktop app and alone for the browser stand-in.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/security';

const root = path.dirname(fileURLToPath(import.meta.url));
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

/** Puts the same Content-Security-Policy as the app:// handler into the built page. */
function cspMeta(): Plugin {
  return {
    name: 'twinning-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: CONTENT_SECURITY_POLICY.replace(/; frame-ancestors 'none'/, ''),
        },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export const rendererConfig: UserConfig = {
  root: path.join(root, 'renderer'),
  base: './',
  plugins: [react(), cspMeta()],
  // zod compiles fast parsers with `new Function` unless told not to; the CSP forbids eval, so the
  // probe would only raise a violation report at every start. Its config object is read here.
  // The browser stand-in reports the package's version (the desktop app asks Electron for the same).
  define: {
    'globalThis.__zod_globalConfig': JSON.stringify({ jitless: true }),
    'import.meta.env.VITE_APP_VERSION': JSON.stringify(version),
  },
  build: {
    outDir: process.env.RENDERER_OUT_DIR ?? path.join(root, 'out/renderer'),
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    target: 'chrome140',
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173 },
  // The browser stand-in reaches the office's server on its own origin, as the desktop app does through main:
  // TEAM_SERVER_URL (set by the browser journeys' harness) receives /_team/…
  preview: process.env.TEAM_SERVER_URL
    ? {
        proxy: {
          '/_team/': {
            target: process.env.TEAM_SERVER_URL,
            rewrite: (p) => p.replace(/^\/_team\//, '/'),
          },
        },
      }
    : undefined,
};

export default defineConfig(rendererConfig);
