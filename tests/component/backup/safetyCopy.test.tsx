// Cancel while the safety copy is made, before a restore writes anything: the database stays as it was.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup } from '../../../renderer/db/backup/collect';
import { db } from '../../../renderer/db/db';
import { loadExampleData } from '../../../renderer/db/repositories/example';
import { checkBackupFile, restoreWithSafetyCopy } from '../../../renderer/features/backup/flows';
import { platform } from '../../../renderer/platform';
import { freshDatabase } from '../../helpers/db';
import { databaseHash } from '../../unit/backup/helpers';

beforeEach(freshDatabase);
afterEach(() => vi.restoreAllMocks());

/** The example office's backup, with the database then holding one partner town fewer than the file. */
async function checkedBackup() {
  await loadExampleData('2026-11-26');
  const { text } = await createBackup('0.0.0');
  const partner = (await db.partners.toArray())[0]!;
  await db.partners.delete(partner.id);
  const opened = await checkBackupFile(new Blob([text]), () => undefined).result;
  if (!opened) throw new Error('the check was cancelled');
  return opened;
}

/** Restores, with Cancel pressed (or not) while the safety copy is being saved. */
async function restore(cancelDuringCopy: boolean) {
  const opened = await checkedBackup();
  const before = await databaseHash();
  const cancel = new AbortController();
  const write = vi.spyOn(opened, 'write');
  const save = platform.writeAutoBackup;
  const saved = vi.spyOn(platform, 'writeAutoBackup').mockImplementation((request) => {
    if (cancelDuringCopy) cancel.abort();
    return save(request);
  });
  const outcome = await restoreWithSafetyCopy(opened, undefined, cancel.signal);
  return { outcome, before, after: await databaseHash(), saved, write, partners: await db.partners.count() };
}

describe('cancelling a restore', () => {
  it('while the safety copy is made writes nothing', async () => {
    const { outcome, before, after, saved, write, partners } = await restore(true);
    expect(saved).toHaveBeenCalledWith(expect.objectContaining({ kind: 'safety' }));
    expect(outcome).toBeUndefined();
    expect(write).not.toHaveBeenCalled();
    expect(after).toBe(before);
    expect(partners).toBe(5);
  });

  it('not pressed, restores the file after the copy', async () => {
    const { outcome, before, after, partners, saved } = await restore(false);
    expect(outcome).toMatchObject({ kind: 'safety' });
    // The copy made by the restore's worker is the database as it was: its five partner towns, not the file's six.
    const copy = JSON.parse(saved.mock.calls[0]![0].data) as { tables: { partners: unknown[] } };
    expect(copy.tables.partners).toHaveLength(5);
    expect(after).not.toBe(before);
    expect(partners).toBe(6);
  });
});
