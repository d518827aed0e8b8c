// Live reads for the visit screens: each wraps a repository query in useLiveQuery.
import { useLiveQuery } from 'dexie-react-hooks';
import { allEvents } from '../../db/repositories/events';
import { giftsOfPartners } from '../../db/repositories/gifts';
import { listPartners } from '../../db/repositories/partners';
import { readPerDiemTable } from '../../db/repositories/perDiem';
import { readSetting } from '../../db/repositories/settings';
import { followUpsOfVisit, getVisit, listVisits, logisticsDefaultsSetting } from '../../db/repositories/visits';

export const useVisits = () => useLiveQuery(listVisits);
export const useVisit = (id: string) => useLiveQuery(async () => (await getVisit(id)) ?? null, [id]);
export const usePartners = () => useLiveQuery(listPartners);
export const useEvents = () => useLiveQuery(allEvents);
export const useFollowUps = (visitId: string) => useLiveQuery(() => followUpsOfVisit(visitId), [visitId]);
export const usePartnerGifts = (partnerIds: readonly string[]) =>
  useLiveQuery(() => giftsOfPartners(partnerIds), [partnerIds.join(',')]);
export const usePerDiemTable = () => useLiveQuery(readPerDiemTable);
export const useLogisticsDefaults = () => useLiveQuery(() => readSetting(logisticsDefaultsSetting));
