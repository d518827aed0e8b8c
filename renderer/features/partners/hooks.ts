// Live reads for the partner screens: each wraps a repository query in useLiveQuery.
import { useLiveQuery } from 'dexie-react-hooks';
import { todayIso } from '../../app/today';
import { listAgreements } from '../../db/repositories/agreements';
import { attachmentInfo } from '../../db/repositories/attachments';
import { getPartner, listContacts, listPartners } from '../../db/repositories/partners';
import { readSetting } from '../../db/repositories/settings';
import {
  dormancyMonthsSetting,
  dormantPartners,
  lastActivityByPartner,
  partnerAnniversaries,
  partnerTimeline,
} from '../../db/repositories/timeline';

export const usePartners = () => useLiveQuery(listPartners);
export const usePartner = (id: string) => useLiveQuery(async () => (await getPartner(id)) ?? null, [id]);
export const useContacts = (partnerId: string) => useLiveQuery(() => listContacts(partnerId), [partnerId]);
export const useAgreements = (partnerId: string) => useLiveQuery(() => listAgreements(partnerId), [partnerId]);
export const useTimeline = (partnerId: string) =>
  useLiveQuery(() => partnerTimeline(partnerId, todayIso()), [partnerId]);
export const useAttachmentInfo = (id: string | undefined) =>
  useLiveQuery(async () => (id ? ((await attachmentInfo(id)) ?? null) : null), [id]);
export const useDormancyMonths = () => useLiveQuery(() => readSetting(dormancyMonthsSetting));
export const useAnniversaries = () => useLiveQuery(() => partnerAnniversaries(todayIso()));
export const useDormantPartners = () => useLiveQuery(() => dormantPartners(todayIso()));

/** Each partner's last event or visit and whether it counts as dormant, for the list. */
export const useActivity = () =>
  useLiveQuery(async () => {
    const today = todayIso();
    const last = await lastActivityByPartner(today);
    const dormant = await dormantPartners(today, last);
    return { last, dormant: new Set(dormant.map((d) => d.partner.id)) };
  });
