import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/** The repo's own boundary rules for a file, run on a snippet as if it were that file. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const config = (await new ESLint().calculateConfigForFile(file)) as Linter.Config;
  const rules = Object.fromEntries(
    ['no-restricted-imports', 'no-restricted-globals'].map((rule) => [rule, config.rules?.[rule]]),
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
});
