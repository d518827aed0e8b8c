import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { ValidationError, classifyDatabaseError } from '../../../renderer/db/errors';
import { isNewerThanApp } from '../../../renderer/db/open';
import {
  deletePartner,
  listPartners,
  saveContact,
  savePartner,
  type PartnerInput,
} from '../../../renderer/db/repositories/partners';
import { isDatabaseEmpty, loadExampleData } from '../../../renderer/db/repositories/example';
import { CURRENT_SCHEMA_VERSION, TwinningDb, schemaVersions } from '../../../renderer/db/schema';
import { freshDatabase } from '../../helpers/db';
import { migrateFrom } from '../../helpers/migration';

beforeEach(freshDatabase);
afterEach(() => db.close());

const ronnenberg: PartnerInput = { name: 'Ronnenberg', country: 'DE', relationKind: 'partnership', status: 'active' };

describe('the database', () => {
  it('starts empty and holds the example office after loading it', async () => {
    expect(await isDatabaseEmpty()).toBe(true);
    await loadExampleData('2026-11-26');
    expect(await isDatabaseEmpty()).toBe(false);
    expect((await listPartners()).map((p) => p.name)).toContain('Ronnenberg');
    expect(await db.events.where('kind').equals('youthCamp').count()).toBe(1);
  });

  it('refuses a record that fails its schema and stores nothing', async () => {
    await expect(savePartner({ ...ronnenberg, name: ' ', country: 'Germany' })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.partners.count()).toBe(0);
  });

  it('deletes a partner together with its contacts in one transaction', async () => {
    const partner = await savePartner(ronnenberg);
    await saveContact({ partnerId: partner.id, name: 'Anna Schmidt', role: 'coordinator', languages: ['de'] });
    await deletePartner(partner.id);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.partners.count()).toBe(0);
  });

  it('reports a quota error as its own kind', () => {
    const dexieError = { name: 'AbortError', inner: { name: 'QuotaExceededError' } };
    expect(classifyDatabaseError(dexieError)).toBe('quota');
    expect(classifyDatabaseError({ name: 'VersionError' })).toBe('newer');
  });

  it('tells a database written by a newer app from one of its own version', async () => {
    const name = `newer-${Date.now()}`;
    const future = new TwinningDb(name);
    future.version(CURRENT_SCHEMA_VERSION + 1).stores({ partners: 'id, name' });
    await future.open();
    future.close();
    const current = new TwinningDb(name);
    await current.open();
    expect(isNewerThanApp(current)).toBe(true);
    expect(isNewerThanApp(db)).toBe(false);
    current.close();
  });
});

describe('schema versions', () => {
  it('are numbered 1, 2, 3… without gaps', () => {
    expect(schemaVersions.map((v) => v.version)).toEqual(schemaVersions.map((_, i) => i + 1));
  });

  it('keep every row when a database of each earlier version is upgraded', async () => {
    for (const from of schemaVersions.map((v) => v.version)) {
      const upgraded = await migrateFrom(from, async (old) => {
        await old.table('partners').put({ id: 'p1', name: 'Duclair', country: 'FR', status: 'active' });
      });
      expect(await upgraded.partners.count()).toBe(1);
      expect(upgraded.verno).toBe(CURRENT_SCHEMA_VERSION);
      upgraded.close();
    }
  });
});
