// The app's one database instance; tests reset it between cases through the same module.
import { TwinningDb } from './schema';

export const db = new TwinningDb();
