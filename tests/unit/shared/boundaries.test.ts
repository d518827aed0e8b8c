// The lint rules that keep electron/, renderer/ and shared/ apart, fed forbidden and allowed imports.
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/** The repo's own boundary rules for a file, run on a snippet as if it were that file. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const config = (await new ESLint().calculateConfigForFile(file)) as Linter.Config;
  const rules = Object.fromEntries(
    ['no-restricted-imports', 'no-restricted-globals', 'no-restricted-syntax'].flatMap((rule) =>
      config.rules?.[rule] ? [[rule, config.rules[rule]]] : [],
    ),
  ) as Linter.RulesRecord;
  const messages = new Linter().verify(code, {
    languageOptions: { parser: tseslint.parser as Linter.Parser, sourceType: 'module' },
    rules,
  });
  return messages.map((m) => m.ruleId ?? m.message);
}

describe('process boundaries', () => {
  it.each(['shared/partners/example.ts', 'renderer/features/example.tsx'])(
    '%s reaches neither Node nor Electron',
    async (file) => {
      for (const code of [
        "import { readFile } from 'node:fs/promises';",
        "import fs from 'fs';",
        "import { join } from 'path';",
        "import { readFile } from 'fs/promises';",
        "import { ipcRenderer } from 'electron';",
        'export const home = process.env.HOME;',
        "export const bytes = Buffer.from('x');",
      ]) {
        expect(await boundaryErrors(file, code), code).not.toEqual([]);
      }
      expect(
        await boundaryErrors(
          file,
          "import { partnerSchema } from '../domain/partner';\nexport const s = partnerSchema;",
        ),
      ).toEqual([]);
    },
  );

  it('keeps shared/ free of Dexie, React and the DOM', async () => {
    for (const code of [
      "import Dexie from 'dexie';",
      "import { useState } from 'react';",
      'export const w = window.innerWidth;',
    ]) {
      expect(await boundaryErrors('shared/partners/example.ts', code), code).not.toEqual([]);
    }
  });

  it.each([
    ['electron/ipc/example.ts', "import { db } from '../../renderer/db/db';"],
    ['electron/example.ts', "import { t } from '../renderer/i18n';"],
    ['electron/backup/deep/example.ts', "import type { Partner } from '../../../renderer/features/partners/x';"],
    ['shared/example.ts', "import { openDatabase } from '../renderer/db/open';"],
    ['shared/backup/example.ts', "import { handle } from '../../electron/ipc/handle';"],
    ['shared/a/b/example.ts', "import { x } from '../../../renderer/x';"],
    ['renderer/features/example.tsx', "import { registerBackupIpc } from '../../electron/ipc/backup';"],
    ['renderer/platform/deep/example.ts', "import { x } from '../../../electron/x';"],
  ])('%s cannot import across the boundary: %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toContain('no-restricted-imports');
  });

  it('lets only renderer/db/ use the database directly', async () => {
    for (const [file, code] of [
      ['renderer/features/partners/example.tsx', "import { db } from '../../db/db';"],
      ['renderer/app/example.ts', "import { db } from '../db/db.ts';"],
      ['renderer/example.ts', "import { db } from './db/db';"],
    ] as const) {
      expect(await boundaryErrors(file, code), `${file}: ${code}`).toContain('no-restricted-imports');
    }
    expect(await boundaryErrors('renderer/db/repositories/example.ts', "import { db } from '../db';")).toEqual([]);
    expect(
      await boundaryErrors(
        'renderer/features/partners/example.tsx',
        "import { savePartner } from '../../db/repositories/partners';",
      ),
    ).toEqual([]);
  });

  it('lets each side import shared/ at any depth', async () => {
    for (const file of ['electron/ipc/example.ts', 'renderer/features/partners/example.tsx']) {
      expect(await boundaryErrors(file, "import { partnerSchema } from '../../shared/domain';"), file).toEqual([]);
    }
  });

  it('lets the renderer read the clock only through app/today.ts', async () => {
    for (const code of ['export const d = new Date();', 'export const t = Date.now();']) {
      expect(await boundaryErrors('renderer/features/calendar/example.tsx', code), code).toContain(
        'no-restricted-syntax',
      );
      expect(await boundaryErrors('renderer/db/repositories/example.ts', code), code).toContain('no-restricted-syntax');
      expect(await boundaryErrors('renderer/app/today.ts', code), code).toEqual([]);
    }
    expect(await boundaryErrors('renderer/features/example.tsx', "export const d = new Date('2026-11-26');")).toEqual(
      [],
    );
  });
});
