// Right-click menu in the UI's language (spelling suggestions, cut, copy, paste, select all) and the offline spelling policy.
import type { ContextMenuParams, MenuItemConstructorOptions, Session } from 'electron';
import type { Language } from '../shared/ipc';
import { desktopText } from './text';

/** At most this many spelling suggestions are offered. */
const MAX_SUGGESTIONS = 5;

export type MenuParams = Pick<
  ContextMenuParams,
  'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'
>;

export interface SpellingActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

/**
 * The items for one right-click: suggestions for a misspelt word first, then cut/copy/paste/select all
 * in a field, or copy/select all on selected page text. Nothing (no menu) on a plain spot of the page.
 */
export function contextMenuTemplate(
  language: Language,
  params: MenuParams,
  actions: SpellingActions,
): MenuItemConstructorOptions[] {
  const t = desktopText(language);
  const items: MenuItemConstructorOptions[] = [];
  const word = params.misspelledWord;
  if (params.isEditable && word) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    for (const suggestion of suggestions) {
      items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    }
    if (suggestions.length === 0) items.push({ label: t('desktop:spelling.noSuggestions'), enabled: false });
    items.push(
      { label: t('desktop:spelling.addToDictionary'), click: () => actions.addToDictionary(word) },
      { type: 'separator' },
    );
  }
  const flags = params.editFlags;
  if (params.isEditable) {
    items.push(
      { role: 'cut', label: t('desktop:menu.cut'), enabled: flags.canCut },
      { role: 'copy', label: t('desktop:menu.copy'), enabled: flags.canCopy },
      { role: 'paste', label: t('desktop:menu.paste'), enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: t('desktop:menu.selectAll'), enabled: flags.canSelectAll },
    );
  } else if (params.selectionText.trim().length > 0) {
    items.push(
      { role: 'copy', label: t('desktop:menu.copy'), enabled: flags.canCopy },
      { role: 'selectAll', label: t('desktop:menu.selectAll') },
    );
  }
  return items;
}

/**
 * Where spelling is checked. The office may be offline, so no dictionary is ever downloaded: macOS uses
 * its own spellchecker (no download there), Windows and Linux have spelling off (Electron would fetch
 * Hunspell dictionaries from Google's servers, and the app bundles none).
 */
export const spellcheckFor = (platform: string): 'system' | 'off' => (platform === 'darwin' ? 'system' : 'off');

/** A loopback address where nothing is served: should anything ask for a dictionary, no request leaves the machine. */
export const NO_DICTIONARY_DOWNLOADS = 'http://127.0.0.1:9/';

/** Applies the spelling policy to the app's session before the window opens. */
export function applySpelling(
  session: Pick<Session, 'setSpellCheckerEnabled' | 'setSpellCheckerDictionaryDownloadURL'>,
  platform: string,
): void {
  const on = spellcheckFor(platform) === 'system';
  session.setSpellCheckerEnabled(on);
  if (!on) session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOADS);
}

/** The parts of Electron's Menu and a WebContents the right-click menu uses; tests pass recorders. */
export interface ContextMenuDeps<M extends { popup(): void }> {
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): M };
  language: () => Language;
}

export interface MenuContents {
  on(event: 'context-menu', listener: (event: unknown, params: ContextMenuParams) => void): unknown;
  replaceMisspelling(word: string): void;
  session: Pick<Session, 'addWordToSpellCheckerDictionary'>;
}

/** Pops up the right-click menu on every right-click in `contents`. */
export function installContextMenu<M extends { popup(): void }>(
  contents: MenuContents,
  deps: ContextMenuDeps<M>,
): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(deps.language(), params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => void contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) deps.Menu.buildFromTemplate(template).popup();
  });
}
