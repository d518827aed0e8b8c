// Desktop build: main as ESM, preload as CommonJS for the sandbox, renderer from vite.config.ts.
import path from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.config';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: false,
      rolldownOptions: {
        input: { main: path.resolve('electron/main.ts') },
        external: ['electron', /^node:/],
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: path.resolve('electron/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      outDir: path.resolve('out/renderer'),
      rolldownOptions: { input: path.resolve('renderer/index.html') },
    },
  },
});
