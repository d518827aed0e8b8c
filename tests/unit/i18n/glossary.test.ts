// The glossary both languages keep to: one word per idea, pinned on every string of the interface.
import { describe, expect, it } from 'vitest';
import { resources } from '../../../shared/i18n/locales';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const pl = flatten(resources.pl as unknown as Tree);
const en = flatten(resources.en as unknown as Tree);

/**
 * The glossary. Where the English string uses the term, the Polish one at the same key uses its Polish term.
 * - status (the stage a record is in: planned, active, registered) → status; „stan” is not used for it.
 * - funding → finansowanie (dofinansowanie, źródło finansowania).
 * - camp (one youth camp and its editions) → obóz; exchange (the whole programme) → wymiana.
 * - buttons are verbs: Zapisz/Save, Usuń/Delete, Anuluj/Cancel; months are lower case in Polish sentences.
 */
const glossary: { en: RegExp; pl: RegExp }[] = [
  { en: /\bstatus/i, pl: /status/i },
  { en: /\bfunding\b/i, pl: /finansowani/i },
  { en: /\bcamps?\b/i, pl: /ob[oó]z/i },
  { en: /\bexchanges?\b/i, pl: /wymian/i },
];

/** Words a native official flagged, and the form that replaces each. */
const flagged: [RegExp, string][] = [
  [/napotkał błąd/, 'W tym widoku wystąpił błąd'],
  [/nie dotykają/, 'nie dotyczą'],
  [/Wiek w 1\. dniu/, 'Wiek w dniu rozpoczęcia'],
  [/Co ile okresów/, 'Co ile tygodni / miesięcy / lat'],
  [/Pokaż rekordy/, 'Pokaż listę'],
  [/RRRR-MM-DD(?! lub)(?!\))/, 'DD.MM.RRRR'],
];

/**
 * One wording per idea: what a participant's carers must know is „informacje medyczne” / "medical information"
 * (the field, its consent, the lists); „dane o zdrowiu” / "health data" stays for the legal category of data.
 */
const oneWording: { language: 'pl' | 'en'; bad: RegExp; good: string }[] = [
  { language: 'pl', bad: /informacj\p{L}* o zdrowiu/u, good: 'informacje medyczne' },
  { language: 'en', bad: /health information/i, good: 'medical information' },
  { language: 'en', bad: /ecology education/i, good: 'ecological education' },
  { language: 'pl', bad: /^Zrobione/, good: 'Wykonane (a task done, as in the calendar)' },
];

/**
 * Buttons are verbs, one per act: a button that deletes a stored record says "Delete" ("Usuń"), as every list does.
 * "Remove" is kept for taking something out of a form before it is saved (an award row, an attached file, the coat
 * of arms) and for the example data, which leaves as a whole.
 */
const removesFromForm = /(^|\.)(removeAward|removeDocument|removeLogo)$|^common\.example\./;

const months =
  /(?<!^)(?<![.:!?]\s)\b(Stycz|Lut|Marz|Marc|Kwie|Maj|Maja|Czerw|Lip|Sierp|Wrze[sś]|Październik|Paździer|Listopad|Grud)\p{L}*/u;

/** The English string for a Polish key: Polish "few"/"many" plural forms read against English "other". */
function englishFor(key: string): string | undefined {
  return en.get(key) ?? en.get(key.replace(/_(few|many)$/, '_other'));
}

/**
 * „Stan” never names a record's status. The one exception: the readiness table's column, which shows a condition
 * the app computes (ready, missing, overdue), not a stage the user sets — "Stan" / "State".
 */
const computedState = /^exchanges\.readiness\.state$/;

/** One verb per act on buttons, the same pair in both languages. */
const verbs: [string, string][] = [
  ['Zapisz', 'Save'],
  ['Anuluj', 'Cancel'],
  ['Usuń', 'Delete'],
  ['Dodaj', 'Add'],
  ['Edytuj', 'Edit'],
  ['Zamknij', 'Close'],
  ['Cofnij', 'Undo'],
  ['Eksportuj', 'Export'],
  ['Importuj', 'Import'],
  ['Drukuj', 'Print'],
];

/**
 * Where the pair deliberately differs, and why.
 * - Erasing a person's data (the right to erasure): "Usuń dane…" is "Erase…", an act apart from deleting a record —
 *   it wipes every record of a minor for good and cannot be undone.
 * - Calling off one date of a series is "Odwołaj" in Polish, "Cancel" in English (an event is cancelled).
 * - Nouns, not verbs: the import preview's title and the report's export language; "Edycja" is the desktop Edit menu.
 */
const verbExceptions =
  /^exchanges\.person\.erase|^calendar\.details\.cancelOccurrence$|^exchanges\.import\.preview$|^reports\.exportLanguage$|^desktop\.menu\.edit$/;

const startsWith = (text: string, word: string) => new RegExp(`^${word}(?!\\p{L})`, 'u').test(text);

/**
 * English buttons, headings and labels (up to eight words) are in sentence case: a word after the first is capitalised only after a full stop, or as a name — a
 * screen (Settings), a key (Enter, Esc), a body or a system (Polish-German Youth Office, Windows) or a Polish form.
 */
const names =
  /^(Settings|Article|Enter|Esc|Ctrl|Windows|Polish|German|Youth|Office|Twinning|Desk|Europe|European|Diploma|Flag|Plaque|Prize|Honour|Personal|Swarzędza|Swarzędzu|Referat|Współpracy|Zagranicznej|WebP)$/u;

function titleCased(text: string): string[] {
  const words = text
    .replace(/\{\{[^}]*\}\}/g, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length > 8) return [];
  return words.filter(
    (word, i) =>
      i > 0 &&
      /^[“"(]?\p{Lu}\p{Ll}/u.test(word) &&
      !/[.?!…]["”]?$/.test(words[i - 1] ?? '') &&
      !names.test(word.replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}].*$/u, '')),
  );
}

const englishMonths = /\b(january|february|march|april|june|july|august|september|october|november|december)\b/;

describe('the glossary', () => {
  it('gives every English string with a glossary term its Polish term at the same key', () => {
    const misses: string[] = [];
    for (const [key, english] of en) {
      const polish = pl.get(key);
      if (polish === undefined) continue;
      const words = english.replace(/\{\{[^}]*\}\}/g, '');
      for (const term of glossary) if (term.en.test(words) && !term.pl.test(polish)) misses.push(`${key}: ${polish}`);
    }
    expect(misses).toEqual([]);
  });

  it('gives every Polish string with a glossary term its English term at the same key', () => {
    const misses: string[] = [];
    for (const [key, polish] of pl) {
      const english = englishFor(key);
      if (english === undefined) continue;
      const words = polish.replace(/\{\{[^}]*\}\}/g, '');
      for (const term of glossary) if (term.pl.test(words) && !term.en.test(english)) misses.push(`${key}: ${english}`);
    }
    expect(misses).toEqual([]);
  });

  it('does not call a status „stan” in Polish', () => {
    const found = [...pl]
      .filter(
        ([key, text]) => /(^|[^\p{L}])stan(u|ie|em|y|ów|ach|om)?(?!\p{L})/iu.test(text) && !computedState.test(key),
      )
      .map(([key, text]) => `${key}: ${text}`);
    expect(found).toEqual([]);
    expect(pl.get('exchanges.readiness.state')).toBe('Stan');
  });

  it('says the same verb in both languages where a string starts with one', () => {
    const found: string[] = [];
    for (const [key, polish] of pl) {
      const english = englishFor(key);
      if (english === undefined || verbExceptions.test(key) || removesFromForm.test(key)) continue;
      for (const [plVerb, enVerb] of verbs) {
        if (startsWith(polish, plVerb) && !startsWith(english, enVerb)) found.push(`${key}: ${polish} | ${english}`);
        // A heading ("Edycja wizyty" / "Edit visit") or a question ("Usunąć wizytę?") uses another Polish form.
        const heading = /title$/i.test(key) || polish.includes('?');
        if (startsWith(english, enVerb) && !startsWith(polish, plVerb) && !heading)
          found.push(`${key}: ${polish} | ${english}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('has none of the flagged Polish wordings', () => {
    const found = [...pl].flatMap(([key, text]) =>
      flagged.filter(([bad]) => bad.test(text)).map(([, good]) => `${key}: „${text}” → ${good}`),
    );
    expect(found).toEqual([]);
  });

  it('uses one wording per idea', () => {
    const found = oneWording.flatMap(({ language, bad, good }) =>
      [...(language === 'pl' ? pl : en)].filter(([, text]) => bad.test(text)).map(([key]) => `${key} → ${good}`),
    );
    expect(found).toEqual([]);
  });

  it("names a visit's status with the same word on the visit and in the calendar", () => {
    for (const language of [pl, en]) {
      const onVisit = [...language].filter(([key]) => key.startsWith('visits.status.'));
      expect(onVisit.length).toBeGreaterThan(0);
      for (const [key, word] of onVisit) {
        const inCalendar = language.get(key.replace('visits.status.', 'calendar.visitStatuses.'));
        expect(`${key}: ${inCalendar?.toLowerCase()}`).toBe(`${key}: ${word.toLowerCase()}`);
      }
    }
  });

  it('writes English in sentence case, starting with a capital wherever Polish does', () => {
    const found = [...en].filter(([, text]) => titleCased(text).length > 0).map(([key, text]) => `${key}: ${text}`);
    for (const [key, polish] of pl) {
      const english = en.get(key);
      const starts = (text: string) => /^\p{Lu}/u.test(text);
      const placeholder = polish.startsWith('{{') || english?.startsWith('{{');
      if (english && !placeholder && starts(polish) !== starts(english)) found.push(`${key}: ${english} | ${polish}`);
    }
    expect(found).toEqual([]);
  });

  it('capitalises English month names', () => {
    expect([...en].filter(([, text]) => englishMonths.test(text)).map(([key]) => key)).toEqual([]);
  });

  it('writes Polish month names in lower case inside a sentence', () => {
    const found = [...pl].filter(([, text]) => months.test(text)).map(([key, text]) => `${key}: ${text}`);
    expect(found).toEqual([]);
  });

  it('says "Delete" in English wherever Polish says "Usuń" for deleting a stored record', () => {
    const found = [...en]
      .filter(([key, text]) => /^Remove\b/.test(text) && /^Usuń/.test(pl.get(key) ?? '') && !removesFromForm.test(key))
      .map(([key, text]) => `${key}: ${text}`);
    expect(found).toEqual([]);
  });
});
