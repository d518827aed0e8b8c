// Europe/Warsaw wall-clock <-> UTC instants through Intl (no time-zone data of our own).
const ZONE = 'Europe/Warsaw';

let formatter: Intl.DateTimeFormat | undefined;
function parts(ms: number): Record<string, number> {
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const out: Record<string, number> = {};
  for (const p of formatter.formatToParts(new Date(ms))) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** Minutes Warsaw is ahead of UTC at the instant `ms` (60 in winter, 120 in summer). */
export function warsawOffsetMinutes(ms: number): number {
  const p = parts(ms);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** The instant of a Warsaw wall-clock `YYYY-MM-DDTHH:mm` (a time skipped by DST resolves forward). */
export function warsawToUtcMs(value: string): number {
  const wall = Date.UTC(
    Number(value.slice(0, 4)),
    Number(value.slice(5, 7)) - 1,
    Number(value.slice(8, 10)),
    Number(value.slice(11, 13)),
    Number(value.slice(14, 16)),
  );
  const first = wall - warsawOffsetMinutes(wall) * 60_000;
  return wall - warsawOffsetMinutes(first) * 60_000;
}

/** Offsets by UTC hour: Warsaw's summer time changes on the hour (1980 on), so one Intl call serves a whole hour. */
const offsetByHour = new Map<number, number>();
const CACHED_FROM = Date.UTC(1980, 0, 1);
const CACHED_TO = Date.UTC(9999, 0, 1);

/** The Warsaw wall-clock `YYYY-MM-DDTHH:mm` of an instant. */
export function utcMsToWarsaw(ms: number): string {
  if (ms >= CACHED_FROM && ms < CACHED_TO) {
    const hour = Math.floor(ms / 3_600_000);
    let offset = offsetByHour.get(hour);
    if (offset === undefined) {
      if (offsetByHour.size > 200_000) offsetByHour.clear();
      offset = warsawOffsetMinutes(hour * 3_600_000);
      offsetByHour.set(hour, offset);
    }
    return new Date(ms + offset * 60_000).toISOString().slice(0, 16);
  }
  return utcMsToWarsawByParts(ms);
}

function utcMsToWarsawByParts(ms: number): string {
  const p = parts(ms);
  const pad = (n: number | undefined, w = 2) => String(n ?? 0).padStart(w, '0');
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad((p.hour ?? 0) % 24)}:${pad(p.minute)}`;
}
