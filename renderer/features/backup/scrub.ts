// After an anonymisation or erasure: every automatic and safety backup that still holds one of the
// people is rewritten without them; one that cannot be read back is deleted. The caller names both.
import { serializeBackup } from '../../../shared/backup/write';
import { openBackupFile } from '../../../shared/backup/open';
import type { AutoBackupEntry } from '../../../shared/backup/rotation';
import {
  mergeRegisters,
  replayPeople,
  replayRegister,
  type ErasureRecord,
} from '../../../shared/exchanges/erasureRegister';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import { platform } from '../../platform';
import { currentTime } from '../../app/today';

export interface ScrubResult {
  rewritten: AutoBackupEntry[];
  deleted: AutoBackupEntry[];
  /** Backups that could neither be rewritten nor deleted (the user is told to delete them). */
  failed: AutoBackupEntry[];
}

/** The backup's text with the register applied, or null when it holds nobody the register removes. */
export async function scrubbedText(text: string, register: readonly ErasureRecord[]): Promise<string | null> {
  const parsed = await openBackupFile(new TextEncoder().encode(text), { schemaVersion: CURRENT_SCHEMA_VERSION });
  const merged = mergeRegisters(parsed.tables.anonymisations, register);
  const at = currentTime().toISOString();
  const replay = replayRegister(parsed.tables.participants, merged, at);
  const people = replayPeople(parsed.tables.contacts, parsed.tables.visits, merged, at);
  if (replay.put.length === 0 && replay.erase.length === 0 && people.reanonymised === 0) return null;
  const erased = new Set(replay.erase);
  const put = new Map(replay.put.map((p) => [p.id, p]));
  const participants = parsed.tables.participants.filter((p) => !erased.has(p.id)).map((p) => put.get(p.id) ?? p);
  const replaced = <T extends { id: string }>(rows: readonly T[], put: readonly T[]) => {
    const byId = new Map(put.map((r) => [r.id, r]));
    return rows.map((r) => byId.get(r.id) ?? r);
  };
  const contacts = replaced(parsed.tables.contacts, people.contacts);
  const visits = replaced(parsed.tables.visits, people.visits);
  const { header } = parsed;
  const { text: out } = await serializeBackup(
    { ...parsed.tables, participants, contacts, visits, anonymisations: merged },
    { appVersion: header.appVersion, schemaVersion: header.schemaVersion, createdAt: header.createdAt },
  );
  return out;
}

export async function scrubAutoBackups(register: readonly ErasureRecord[]): Promise<ScrubResult> {
  const result: ScrubResult = { rewritten: [], deleted: [], failed: [] };
  const listed = await platform.listAutoBackups();
  if (!listed.ok) return result;
  for (const entry of listed.value) {
    let scrubbed: string | null;
    try {
      const read = await platform.readAutoBackup({ name: entry.name });
      if (!read.ok) throw new Error(read.error.code);
      scrubbed = await scrubbedText(read.value, register);
    } catch {
      // Unreadable here (damaged, another key, a newer app): it cannot be checked, so it goes.
      const gone = await platform.deleteAutoBackup({ name: entry.name });
      (gone.ok ? result.deleted : result.failed).push(entry);
      continue;
    }
    if (scrubbed === null) continue;
    const written = await platform.rewriteAutoBackup({ name: entry.name, data: scrubbed });
    if (written.ok) result.rewritten.push(entry);
    else {
      const gone = await platform.deleteAutoBackup({ name: entry.name });
      (gone.ok ? result.deleted : result.failed).push(entry);
    }
  }
  return result;
}
