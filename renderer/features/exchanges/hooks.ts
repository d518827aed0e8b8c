// Live reads of the exchanges area: one camp occurrence with its people, rooms, towns and settings.
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { TownRef } from '../../../shared/domain';
import type { Town } from '../../../shared/exchanges/lists';
import {
  getCampOccurrence,
  listParticipants,
  listTowns,
  minorsPerAdultSetting,
  retentionSetting,
  type TownOption,
} from '../../db/repositories/participants';
import { listRooms } from '../../db/repositories/rooms';
import { readSetting } from '../../db/repositories/settings';

export function useCampOccurrence(eventId: string, occurrence: string) {
  return useLiveQuery(() => getCampOccurrence(eventId, occurrence), [eventId, occurrence]);
}

export function useParticipants(eventId: string, occurrence: string) {
  return useLiveQuery(() => listParticipants(eventId, occurrence), [eventId, occurrence]);
}

export function useRooms(eventId: string, occurrence: string) {
  return useLiveQuery(() => listRooms(eventId, occurrence), [eventId, occurrence]);
}

export function useMinorsPerAdult() {
  return useLiveQuery(() => readSetting(minorsPerAdultSetting));
}

export function useRetention() {
  return useLiveQuery(() => readSetting(retentionSetting));
}

const UNKNOWN_TOWN: Town = { name: '?', country: '' };
/** An anonymised record whose sending town was dropped (fewer than five shared it). */
const NO_TOWN: Town = { name: '—', country: '' };

/** The sending towns, and a lookup from a stored reference to the town's name and country. */
export function useTowns(): { towns: TownOption[]; town: (ref: TownRef | undefined) => Town } {
  const towns = useLiveQuery(listTowns);
  const { t } = useTranslation('calendar');
  const unnamed = t('details.homeUnnamed');
  return useMemo(() => {
    // Until the office enters its profile, the home gmina has no name of its own.
    const list = (towns ?? []).map((town) => (town.name === '' ? { ...town, name: unnamed } : town));
    const byRef = new Map(list.map((t) => [t.ref, t]));
    return {
      towns: list,
      town: (ref: TownRef | undefined) => (ref === undefined ? NO_TOWN : (byRef.get(ref) ?? UNKNOWN_TOWN)),
    };
  }, [towns, unnamed]);
}
