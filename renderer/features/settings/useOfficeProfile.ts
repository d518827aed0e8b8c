// Reads the office's profile live, and whether the office (or the example data) has stored one.
import { useLiveQuery } from 'dexie-react-hooks';
import { hasHomeTown, homeTownSetting, readSetting } from '../../db/repositories/settings';

export function useOfficeProfile() {
  return useLiveQuery(async () => ({ profile: await readSetting(homeTownSetting), stored: await hasHomeTown() }));
}
