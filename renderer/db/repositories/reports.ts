// Reads what the annual report needs: indexed ranges for the period, the whole history only of the
// small tables and of what dormancy must look back over.
import type { CalendarEvent, HomeTown, Participant, Visit } from '../../../shared/domain';
import { buildAnnualReport, type AnnualReport, type Period } from '../../../shared/reports/annual';
import type { RecordLink } from '../../../shared/reports/tables';
import { db } from '../db';
import { homeTownSetting, readSetting } from './settings';
import { dormancyMonthsSetting } from './timeline';

export interface LoadedReport {
  report: AnnualReport;
  partnerNames: Record<string, string>;
  homeName: string;
  /** The office's profile, for the exported report's letterhead. */
  home: HomeTown;
}

export async function loadAnnualReport(period: Period): Promise<LoadedReport> {
  const [partners, agreements, home, dormancyMonths] = await Promise.all([
    db.partners.toArray(),
    db.agreements.toArray(),
    readSetting(homeTownSetting),
    readSetting(dormancyMonthsSetting),
  ]);
  // Dormancy looks back from the period's end; events before that window cannot change it.
  const lookBack = `${Number(period.to.slice(0, 4)) - Math.ceil(dormancyMonths / 12) - 1}${period.to.slice(4)}`;
  const [series, recent, visits] = await Promise.all([
    db.events.where('series').equals(1).toArray(),
    db.events.where('start').between(lookBack, `${period.to}\uffff`, true, true).toArray(),
    db.visits.where('start').between(lookBack, `${period.to}\uffff`, true, true).toArray(),
  ]);
  const events = dedupe([...series, ...recent]);
  const campIds = events.filter((e) => e.kind === 'youthCamp').map((e) => e.id);
  const participants: Participant[] = campIds.length
    ? await db.participants.where('eventId').anyOf(campIds).toArray()
    : [];
  const report = buildAnnualReport(
    {
      partners,
      agreements,
      events,
      visits: visits as Visit[],
      participants,
      homeCountry: home.country,
      dormancyMonths,
    },
    period,
  );
  return { report, partnerNames: Object.fromEntries(partners.map((p) => [p.id, p.name])), homeName: home.name, home };
}

export interface RecordRef {
  id: string;
  label: string;
  /** The app route that opens the record. */
  href: string;
}

/** Names and routes of the records behind a report figure. Event ids may name a series' occurrence (`id@date`). */
export async function describeRecords(kind: RecordLink['kind'], ids: readonly string[]): Promise<RecordRef[]> {
  switch (kind) {
    case 'partner':
      return (await db.partners.bulkGet([...ids])).flatMap((p) =>
        p ? [{ id: p.id, label: p.name, href: `/partners/${p.id}` }] : [],
      );
    case 'visit':
      return (await db.visits.bulkGet([...ids])).flatMap((v) =>
        v ? [{ id: v.id, label: `${v.start} · ${v.title}`, href: `/visits/${v.id}` }] : [],
      );
    case 'event': {
      const parts = ids.map((id) => id.split('@') as [string, string | undefined]);
      const events = await db.events.bulkGet(parts.map(([id]) => id));
      return parts.flatMap(([id, occurrence], i) => {
        const e = events[i];
        return e
          ? [
              {
                id: occurrence ? `${id}@${occurrence}` : id,
                label: `${occurrence ?? e.start.slice(0, 10)} · ${e.title}`,
                href: `/calendar?event=${id}&date=${occurrence ?? e.start.slice(0, 10)}`,
              },
            ]
          : [];
      });
    }
    case 'participant':
      return (await db.participants.bulkGet([...ids])).flatMap((p) =>
        p ? [{ id: p.id, label: `${p.firstName} ${p.lastName}`, href: `/exchanges/${p.eventId}/${p.occurrence}` }] : [],
      );
  }
}

function dedupe(events: CalendarEvent[]): CalendarEvent[] {
  return [...new Map(events.map((e) => [e.id, e])).values()];
}
