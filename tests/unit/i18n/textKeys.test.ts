import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accessCopyWords } from '../../../shared/exchanges/accessCopyText';
import { dossierWords } from '../../../shared/export/dossierText';
import { resources } from '../../../shared/i18n/locales';

const root = path.resolve(__dirname, '../../..');
const locales = path.join(root, 'shared/i18n/locales');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === locales ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The node a dotted path leads to; a key may itself hold dots, as i18next allows. */
function node(tree: unknown, parts: string[]): unknown {
  if (parts.length === 0) return tree;
  if (typeof tree !== 'object' || tree === null) return undefined;
  for (let take = 1; take <= parts.length; take += 1) {
    const found = node((tree as Record<string, unknown>)[parts.slice(0, take).join('.')], parts.slice(take));
    if (found !== undefined) return found;
  }
  return undefined;
}

function lookup(language: 'pl' | 'en', ns: string, key: string): unknown {
  const strings = (resources[language] as Record<string, unknown>)[ns];
  return node(strings, key.split('.')) ?? node(strings, `${key}_other`.split('.'));
}

/** Every string a text builder produced: a key the locale files lack comes back as `ns:key`. */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(leaves);
}
const MISSING = /^[a-z]+:[\w.]+$/;

describe('keys used outside the interface (main process, dossier, reports)', () => {
  const files = [...sources(path.join(root, 'shared')), ...sources(path.join(root, 'electron'))];
  const used = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const keys = [...text.matchAll(/\bt\(\s*'([a-z]+):([\w.]+)'/g)].map((m) => ({ ns: m[1]!, key: m[2]!, leaf: true }));
    const prefixes = [...text.matchAll(/\bnamed\(\s*t,\s*\w+,\s*'([a-z]+):([\w.]+)'/g)].map((m) => ({
      ns: m[1]!,
      key: m[2]!,
      leaf: false,
    }));
    return [...keys, ...prefixes].map((k) => ({ ...k, file: path.relative(root, file) }));
  });

  it('finds the keys in the source', () => {
    expect(used.length).toBeGreaterThan(40);
  });

  it('has every key in Polish and in English', () => {
    for (const { ns, key, leaf, file } of used) {
      for (const language of ['pl', 'en'] as const) {
        const found = lookup(language, ns, key);
        expect(leaf ? typeof found : typeof found === 'object', `${language} ${ns}:${key} (${file})`).toBe(
          leaf ? 'string' : true,
        );
      }
    }
  });

  it('leaves no key untranslated in the dossier’s words', () => {
    for (const language of ['pl', 'en'] as const) {
      const words = leaves({ ...dossierWords(language), t: undefined });
      expect(words.length).toBeGreaterThan(100);
      expect(words.filter((w) => MISSING.test(w))).toEqual([]);
    }
  });

  it('leaves no key untranslated in the access copy’s words, sentences with values included', () => {
    for (const language of ['pl', 'en'] as const) {
      const w = accessCopyWords(language);
      const words = [
        ...leaves(w),
        w.consent('2027-05-01', 'Ewa Nowak'),
        w.consent('2027-05-01', 'Ewa Nowak', '2027-06-01'),
        w.source([]),
        w.source(['Ewa Nowak', 'Jan Kowal']),
        ...[1, 2, 5, 22].map(w.rights),
      ];
      expect(words.length).toBeGreaterThan(50);
      expect(words.filter((x) => MISSING.test(x) || x.includes('{{'))).toEqual([]);
    }
  });
});
