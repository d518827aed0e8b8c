// The dossier's document model: what every output (HTML, PDF, DOCX) renders, and the data it is built from.
import type { CalendarEvent, Contact, Gift, HomeTown, Partner, Task, Visit, cooperationAreas } from '../domain';
import type { Language } from '../ipc';

export type CooperationArea = (typeof cooperationAreas)[number];

export interface DossierFact {
  label: string;
  value: string;
}

/** Every piece of text is plain text: renderers escape it, none may treat it as markup. */
export type DossierBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; rows: DossierFact[] }
  | { kind: 'subheading'; text: string }
  /** `compact` columns hold short values (times, numbers) that must not wrap. */
  | { kind: 'table'; columns: string[]; rows: string[][]; compact?: number[] }
  | { kind: 'empty'; text: string };

export type DossierSectionId =
  'partner' | 'history' | 'contacts' | 'members' | 'programme' | 'logistics' | 'visitGifts' | 'gifts' | 'followUps';

export interface DossierSection {
  id: DossierSectionId;
  heading: string;
  blocks: DossierBlock[];
}

export interface DossierDocument {
  language: Language;
  /** "Teczka delegacji" / "Delegation dossier". */
  title: string;
  /** The home gmina's name: the running header of every printed page. */
  header: string;
  /** The office's letterhead on the cover: its lines top to bottom, and the coat of arms as a data URL. */
  letterhead: { lines: string[]; logo?: string; logoAlt: string };
  cover: { visitTitle: string; kind: string; facts: DossierFact[] };
  sections: DossierSection[];
  /** A file name without extension, ASCII, e.g. `delegation-dossier-ronnenberg-2027-05-12`. */
  fileStem: string;
  /** Words for page numbering ("Strona 1 z 3"). */
  pageWords: { page: string; of: string };
}

/** Choices made per dossier on export. */
export interface DossierOptions {
  /** Members' dietary and accessibility needs are health data: left out unless the user asks for them. */
  includeNeeds?: boolean;
}

/** What the repository gathers for one visit. */
export interface DossierData {
  visit: Visit;
  partners: Partner[];
  contacts: Contact[];
  homeTown: HomeTown;
  /** Events and other visits with these partners; the model keeps those of recent years. */
  history: { events: CalendarEvent[]; visits: Visit[] };
  /** Gifts exchanged with these partners before this visit (not the visit's own). */
  gifts: Gift[];
  /** The gifts recorded for this visit. */
  visitGifts: Gift[];
  /** The visit's follow-up tasks; the model keeps the open ones. */
  tasks: Task[];
  /** `YYYY-MM-DD`: the day the dossier is made. */
  today: string;
}
