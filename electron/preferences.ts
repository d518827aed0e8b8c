// Main-process preferences kept beside the window state: the UI language for the native menu.
import { promises as fsp } from 'node:fs';
import { languageSchema, type Language } from '../shared/ipc';
import { writeFileAtomic, type AtomicFs } from './atomicWrite';

/** Reads the saved UI language; a missing, broken or unknown value gives Polish. */
export async function loadLanguage(file: string): Promise<Language> {
  try {
    const parsed = languageSchema.safeParse(JSON.parse(await fsp.readFile(file, 'utf8')).language);
    return parsed.success ? parsed.data : 'pl';
  } catch {
    return 'pl';
  }
}

export async function saveLanguage(file: string, language: Language, fs?: AtomicFs): Promise<void> {
  await writeFileAtomic(file, JSON.stringify({ language }), fs);
}
