// Wall-clock times of any IANA zone (or a fixed UTC offset) to instants, through Intl: no zone data of our own.

/** A zone a time can be read in: an IANA name, or a fixed offset in minutes east of UTC. */
export type Zone = { iana: string } | { offsetMinutes: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when the runtime knows `name` as an IANA time zone. */
export function isIanaZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return false;
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

/** Minutes `zone` is ahead of UTC at the instant `ms`. */
export function zoneOffsetMinutes(ms: number, zone: Zone): number {
  if ('offsetMinutes' in zone) return zone.offsetMinutes;
  const p: Record<string, number> = {};
  for (const part of formatter(zone.iana).formatToParts(new Date(ms)))
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The instant of a wall-clock time in `zone` (a time skipped by a summer-time change resolves forward). */
export function zonedToUtcMs(w: WallClock, zone: Zone): number {
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const first = wall - zoneOffsetMinutes(wall, zone) * 60_000;
  return wall - zoneOffsetMinutes(first, zone) * 60_000;
}
