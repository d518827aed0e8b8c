// Lint rules, including the process boundaries: shared/ is pure, renderer/ never reaches Node or Electron.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeAndElectron = [
  { group: ['electron', 'electron/*'], message: 'Only electron/ may import Electron.' },
  { group: ['node:*'], message: 'Node built-ins belong in electron/ or scripts.' },
];
/** Node built-ins imported without `node:` (`fs`, `path`, `fs/promises`): matched by exact name. */
const bareBuiltins = builtinModules.map((name) => ({
  name,
  message: 'Node built-ins belong in electron/ or scripts.',
}));

/** A relative import reaching into another top-level folder, at any depth (`../x`, `../../../x/y`). */
const reaching = (folder, message) => ({ regex: `^(\\.{1,2}/)+(.*/)?${folder}(/|$)`, message });
/** The database itself: only renderer/db/ (the repositories) opens it; everything else goes through them. */
const databaseHandle = {
  regex: '(^|/)db/db(\\.ts)?$',
  message: 'Only renderer/db/ uses the database directly: read and write through a repository.',
};
const rendererImports = {
  paths: bareBuiltins,
  patterns: [...nodeAndElectron, reaching('electron', 'The renderer never imports main-process code.')],
};

/** Node's globals: reachable only in electron/ and scripts. */
const nodeGlobals = ['process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global'];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'bench-data/**',
      'playwright-report/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.d.mts',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', rendererImports],
      'no-restricted-globals': ['error', ...nodeGlobals],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "NewExpression[callee.name='Date'][arguments.length=0], CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Read the clock through app/today.ts (todayIso, currentTime).',
        },
      ],
    },
  },
  {
    // The one clock reading, and the benchmark's own timings.
    files: ['renderer/app/today.ts', 'renderer/bench/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The benchmark reads the database raw for its floors; every other file outside renderer/db/ goes through a repository.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**', 'renderer/bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { ...rendererImports, patterns: [...rendererImports.patterns, databaseHandle] },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: bareBuiltins,
          patterns: [
            ...nodeAndElectron,
            {
              group: ['dexie', 'dexie-*', 'react', 'react-*', 'react/*', '@mantine/*'],
              message: 'shared/ is pure TypeScript: no Dexie, React or UI.',
            },
            reaching('renderer', 'shared/ depends on nothing else in the repo.'),
            reaching('electron', 'shared/ depends on nothing else in the repo.'),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        ...nodeGlobals,
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie', 'react', 'react-dom'], message: 'The main process never imports renderer code.' },
            reaching('renderer', 'The main process never imports renderer code.'),
          ],
        },
      ],
    },
  },
  prettier,
);
