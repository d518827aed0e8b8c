// Gives each test an empty database: the app's own instance, deleted and reopened.
import { db } from '../../renderer/db/db';

export async function freshDatabase(): Promise<typeof db> {
  db.close();
  await db.delete();
  await db.open();
  return db;
}
