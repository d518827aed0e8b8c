// Anonymising and erasing as the user does it: the database's register first, then the copy in the
// app's data folder (outside the database), then the automatic backups that still hold the people.
import type { ErasureRecord } from '../../../shared/exchanges/erasureRegister';
import { missingFrom } from '../../../shared/exchanges/erasureRegister';
import {
  anonymiseCamps,
  eraseParticipants,
  readRegister,
  reapplyAnonymisations,
  type CampRef,
} from '../../db/repositories/anonymisation';
import { anonymiseDormantPeople } from '../../db/repositories/dormantPeople';
import { platform } from '../../platform';
import type { ScrubResult } from '../backup/scrub';

export interface ErasureOutcome {
  /** People anonymised or erased. */
  count: number;
  /** False when the register could not be written to the app's data folder (the user is told). */
  registerKept: boolean;
  backups: ScrubResult;
}

/** The register kept outside the database, or null when the platform cannot read it. */
export async function outsideRegister(): Promise<ErasureRecord[] | null> {
  const result = await platform.readErasureRegister();
  return result.ok ? result.value : null;
}

async function keepOutside(records: readonly ErasureRecord[]): Promise<boolean> {
  if (records.length === 0) return true;
  const result = await platform.addToErasureRegister({ records: [...records] });
  return result.ok;
}

async function afterRecord(record: ErasureRecord | null, count: number): Promise<ErasureOutcome> {
  if (!record) return { count: 0, registerKept: true, backups: { rewritten: [], deleted: [], failed: [] } };
  const registerKept = await keepOutside([record]);
  // Rewriting backups loads the backup reader only when something was erased (not at every start).
  const { scrubAutoBackups } = await import('../backup/scrub');
  const backups = await scrubAutoBackups(await readRegister());
  return { count, registerKept, backups };
}

export async function anonymiseAndRecord(camps: readonly CampRef[]): Promise<ErasureOutcome> {
  const record = await anonymiseCamps(camps);
  return afterRecord(record, record?.participantIds.length ?? 0);
}

export async function eraseAndRecord(ids: readonly string[]): Promise<ErasureOutcome> {
  const record = await eraseParticipants(ids);
  return afterRecord(record, record?.erasedIds?.length ?? 0);
}

/** Anonymises dormant partner contacts and delegation members, recorded like a camp's run. */
export async function anonymiseDormantAndRecord(
  contactIds: readonly string[],
  members: readonly { visitId: string; memberId: string }[],
): Promise<ErasureOutcome> {
  const record = await anonymiseDormantPeople(contactIds, members);
  return afterRecord(record, (record?.contactIds?.length ?? 0) + (record?.members?.length ?? 0));
}

/**
 * At start: the database and the data folder each get the records the other lacks, and the whole
 * register is applied (a database restored or replaced behind the app's back forgets nothing).
 */
export async function syncErasureRegister(): Promise<number> {
  const outside = await outsideRegister();
  if (outside === null) return 0;
  const inside = await readRegister();
  await keepOutside(missingFrom(outside, inside));
  return reapplyAnonymisations(outside);
}
