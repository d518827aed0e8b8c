// Country and language names in the UI language, from the runtime's Intl data (no tables of our own).
import type { Language } from '../ipc';

export const intlLocales = { pl: 'pl-PL', en: 'en-GB' } as const;

function displayName(type: 'region' | 'language', code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([intlLocales[language]], { type }).of(code) ?? code;
  } catch {
    // Not a code (a language typed out in words, say): shown as entered.
    return code;
  }
}

/** `DE` → „Niemcy” / “Germany”. */
export const countryName = (code: string, language: Language): string => displayName('region', code, language);

/** A language code as people type it: `de`, `fr`, `pt-BR`. Words (`Deutsch`, `polski`) are not codes. */
const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** `de` → „niemiecki” / “German”; anything that is not a language code stays as typed. */
export const languageName = (code: string, language: Language): string =>
  LANGUAGE_CODE.test(code) ? displayName('language', code, language) : code;
