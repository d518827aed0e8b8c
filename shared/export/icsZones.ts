// How an ICS file's TZID is placed when the file does not define it (or defines it unusably): an IANA
// name, a Windows zone name (mapped by windows-iana), an Outlook display name "(UTC+01:00) Warsaw, …",
// else Warsaw time assumed. Each answer says how it was found, so the preview can name the guesses.
import { findIana, IANA_ALIAS_MAP } from 'windows-iana';
import { isIanaZone, zoneOffsetMinutes, type Zone } from '../calendar/zones';
import { fold } from '../text/fold';

/**
 * `file`: the file's own VTIMEZONE; `iana`/`windows`/`city`: found by name; `offset`: only the UTC offset
 * of a display name could be read; `assumed`: nothing matched, so Warsaw time was taken.
 */
export type ZoneSource = 'file' | 'iana' | 'windows' | 'city' | 'offset' | 'assumed';

export interface ZoneUse {
  /** The TZID as the file writes it. */
  tzid: string;
  source: ZoneSource;
  /** The IANA name the times were read in, or `UTC±hh:mm` for a fixed offset. */
  zone: string;
}

const WARSAW = 'Europe/Warsaw';
/** A city or country name as looked up: folded words. */
const cityKey = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

let cityIndex: Map<string, string> | undefined;
/** City (or country) names of every IANA zone: its own last segment and CLDR's description. */
function cities(): Map<string, string> {
  if (cityIndex) return cityIndex;
  cityIndex = new Map();
  for (const entry of IANA_ALIAS_MAP) {
    const zone = entry.alias[0];
    if (!zone) continue;
    const own = zone.split('/').pop()!.replace(/_/g, ' ');
    for (const name of [own, entry.description.split(',')[0]!])
      if (!cityIndex.has(cityKey(name))) cityIndex.set(cityKey(name), zone);
  }
  return cityIndex;
}

export const offsetName = (minutes: number) => {
  const abs = Math.abs(minutes);
  return `UTC${minutes < 0 ? '−' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

/** "(UTC-03:00) Brasília" / "(GMT+01.00) Sarajevo/Warsaw/Zagreb": the offset and the named places. */
function displayName(tzid: string): { offset: number; places: string[] } | undefined {
  const m = /^\(\s*(?:UTC|GMT)\s*(?:([+\-−])\s*(\d{1,2})[:.]?(\d{2})?)?\s*\)\s*(.*)$/i.exec(tzid.trim());
  if (!m) return undefined;
  const sign = m[1] === '-' || m[1] === '−' ? -1 : 1;
  const offset = m[2] ? sign * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
  return {
    offset,
    places: m[4]!
      .split(/[,/;]| - /)
      .map(cityKey)
      .filter(Boolean),
  };
}

/** The zone's standard (winter or summer, whichever is smaller) offset this year, to check a display name. */
function standardOffset(zone: string, year: number): number {
  const jan = zoneOffsetMinutes(Date.UTC(year, 0, 15), { iana: zone });
  const jul = zoneOffsetMinutes(Date.UTC(year, 6, 15), { iana: zone });
  return Math.min(jan, jul);
}

/** Where a TZID the file does not (usably) define is placed. `year` checks display-name offsets. */
export function resolveZoneName(tzid: string, year = 2026): { use: ZoneUse; zone: Zone } {
  const name = tzid.trim().replace(/^"|"$/g, '');
  const iana = (zone: string, source: ZoneSource) => ({ use: { tzid, source, zone }, zone: { iana: zone } });
  if (isIanaZone(name)) return iana(name, 'iana');
  // Old Thunderbird and Lotus prefixes: "/mozilla.org/20050126_1/Europe/Berlin".
  const segments = name.split('/').filter(Boolean);
  for (let i = 1; i < segments.length - 1; i += 1) {
    const tail = segments.slice(i).join('/');
    if (isIanaZone(tail)) return iana(tail, 'iana');
  }
  const windows = findIana(name).find(isIanaZone);
  if (windows) return iana(windows, 'windows');
  const display = displayName(name);
  if (display) {
    for (const place of display.places) {
      const zone = cities().get(place);
      if (zone && isIanaZone(zone) && standardOffset(zone, year) === display.offset) return iana(zone, 'city');
    }
    return {
      use: { tzid, source: 'offset', zone: offsetName(display.offset) },
      zone: { offsetMinutes: display.offset },
    };
  }
  return { use: { tzid, source: 'assumed', zone: WARSAW }, zone: { iana: WARSAW } };
}
