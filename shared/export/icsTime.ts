// Times of one ICS file in the app's terms: a VTIMEZONE the file defines (usably) is used as written; a TZID it
// does not define is placed by name (icsZones). Nothing is kept between files: each read builds its own table.
import ICAL from 'ical.js';
import { utcMsToWarsaw } from '../calendar/warsaw';
import { zonedToUtcMs, type Zone } from '../calendar/zones';
import { resolveZoneName, type ZoneUse } from './icsZones';

export type { ZoneUse } from './icsZones';
export type ToWall = (time: ICAL.Time) => string;

const MAX_OFFSET_SECONDS = 18 * 3600;

/** True when a VTIMEZONE has the parts ical.js needs and they give a sane offset. */
function usable(vtimezone: ICAL.Component): boolean {
  const parts = [...vtimezone.getAllSubcomponents('standard'), ...vtimezone.getAllSubcomponents('daylight')];
  if (parts.length === 0) return false;
  for (const part of parts) {
    const to = part.getFirstPropertyValue('tzoffsetto');
    if (!(part.getFirstPropertyValue('dtstart') instanceof ICAL.Time)) return false;
    if (!(to instanceof ICAL.UtcOffset) || Math.abs(to.toSeconds()) > MAX_OFFSET_SECONDS) return false;
  }
  try {
    const zone = new ICAL.Timezone({ component: vtimezone });
    const offset = zone.utcOffset(ICAL.Time.fromData({ year: 2026, month: 1, day: 15, hour: 12 }));
    return Number.isFinite(offset) && Math.abs(offset) <= MAX_OFFSET_SECONDS;
  } catch {
    return false;
  }
}

export interface FileZones {
  /** VTIMEZONEs of the file that cannot be used (their TZIDs are placed by name instead). */
  unusable: string[];
  /** The converter for times of a property (its TZID decides the zone). */
  converter: (prop: ICAL.Property) => ToWall;
  /** The TZIDs placed by name so far. */
  used: () => ZoneUse[];
}

export function fileZones(root: ICAL.Component): FileZones {
  const defined = new Set<string>();
  const unusable: string[] = [];
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
    const tzid = vtimezone.getFirstPropertyValue('tzid');
    const name = typeof tzid === 'string' ? tzid : '';
    if (name && usable(vtimezone)) defined.add(name);
    else unusable.push(name || '?');
  }
  const resolved = new Map<string, { use: ZoneUse; zone: Zone }>();
  const resolve = (tzid: string) => {
    let r = resolved.get(tzid);
    if (!r) {
      r = resolveZoneName(tzid);
      resolved.set(tzid, r);
    }
    return r;
  };
  const converter = (prop: ICAL.Property): ToWall => {
    const param = prop.getParameter('tzid');
    const tzid = typeof param === 'string' ? param : undefined;
    return (time) => {
      if (time.isDate) return time.toString().slice(0, 10);
      if (time.zone?.tzid === 'UTC') return utcMsToWarsaw(time.toUnixTime() * 1000);
      // Floating times (no zone) are taken as written, in the office's own time.
      if (!tzid) return time.toString().slice(0, 16);
      if (defined.has(tzid)) return utcMsToWarsaw(time.toUnixTime() * 1000);
      return utcMsToWarsaw(zonedToUtcMs(time, resolve(tzid).zone));
    };
  };
  return { unusable, converter, used: () => [...resolved.values()].map((r) => r.use) };
}
