// Automatic backups: their file names, and which to keep (the last N days, the last M weeks, the last safety copies).
import { z } from 'zod';

export const autoBackupKinds = ['daily', 'quit', 'safety'] as const;
export type AutoBackupKind = (typeof autoBackupKinds)[number];

export const rotationSchema = z.object({
  daily: z.number().int().min(1).max(365),
  weekly: z.number().int().min(0).max(520),
  safety: z.number().int().min(1).max(100),
});
export type RotationPolicy = z.infer<typeof rotationSchema>;
export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 8, safety: 5 };

const NAME = /^twinning-desk-auto-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})(\d{3})-(daily|quit|safety)\.json$/;
export const autoBackupNameSchema = z.string().max(100).regex(NAME);

export interface AutoBackupName {
  name: string;
  kind: AutoBackupKind;
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string;
  /** Sortable local time stamp. */
  stamp: string;
}

export function autoBackupName(at: Date, kind: AutoBackupKind): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `twinning-desk-auto-${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}${p(at.getMilliseconds(), 3)}-${kind}.json`;
}

export function parseAutoBackupName(name: string): AutoBackupName | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  return { name, kind: m[8] as AutoBackupKind, day, stamp: `${day}T${m[4]}${m[5]}${m[6]}${m[7]}` };
}

/** ISO 8601 week of a calendar day, e.g. `2026-W48`. */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const week =
    1 +
    Math.round(
      ((date.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7,
    );
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The names to keep: the newest backup of each of the last `daily` days that have one, the newest of
 * each of the last `weekly` weeks, and the last `safety` copies made before a restore. Others go.
 */
export function backupsToKeep(names: readonly string[], policy: RotationPolicy): Set<string> {
  const parsed = names
    .map(parseAutoBackupName)
    .filter((n) => n !== null)
    .sort((a, b) => (a.stamp < b.stamp ? 1 : -1));
  const keep = new Set<string>();
  const regular = parsed.filter((n) => n.kind !== 'safety');
  const newestPer = (bucket: (n: AutoBackupName) => string, limit: number) => {
    const seen = new Set<string>();
    for (const n of regular) {
      const b = bucket(n);
      if (seen.has(b)) continue;
      if (seen.size >= limit) break;
      seen.add(b);
      keep.add(n.name);
    }
  };
  newestPer((n) => n.day, policy.daily);
  newestPer((n) => isoWeek(n.day), policy.weekly);
  for (const n of parsed.filter((p) => p.kind === 'safety').slice(0, policy.safety)) keep.add(n.name);
  return keep;
}

/** An automatic backup as listed in Settings. */
export interface AutoBackupEntry {
  name: string;
  kind: AutoBackupKind;
  createdAt: string;
  size: number;
  /** Records per table from the file's header, or null when it cannot be read. */
  counts: Record<string, number> | null;
}

export function sortEntriesNewestFirst(entries: AutoBackupEntry[]): AutoBackupEntry[] {
  return [...entries].sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** The local calendar day of `at`, `YYYY-MM-DD`. */
export function localDay(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}`;
}

/** True when a regular automatic backup (daily or on quit, not a safety copy) was made on `day`. */
export function hasRegularBackupOn(entries: readonly Pick<AutoBackupEntry, 'name' | 'kind'>[], day: string): boolean {
  return entries.some((e) => e.kind !== 'safety' && parseAutoBackupName(e.name)?.day === day);
}
