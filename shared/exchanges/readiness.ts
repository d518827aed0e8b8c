// Readiness of one camp occurrence: minors without parental consent, travel documents expiring before
// the end, the chaperone ratio per sending town, rooms over capacity. Each issue names whom to fix.
import type { Participant, Room, TownRef } from '../domain';
import { isMinorOn } from './age';

/** Default: one adult (chaperone or leader) per ten minors, per sending town. */
export const DEFAULT_MINORS_PER_ADULT = 10;

/** People who are actually coming: withdrawn and no-show do not count. */
export function isActive(p: Pick<Participant, 'status'>): boolean {
  return p.status !== 'withdrawn' && p.status !== 'noShow';
}

export function hasValidConsent(
  p: Pick<Participant, 'consents'>,
  kind: keyof Participant['consents'],
  onDay?: string,
): boolean {
  const c = p.consents[kind];
  if (!c) return false;
  if (!c.withdrawnOn) return true;
  return onDay !== undefined && c.withdrawnOn > onDay;
}

export interface TownRatio {
  town: TownRef;
  minors: number;
  adults: number;
  /** Adults needed: one per `minorsPerAdult` minors, rounded up. */
  required: number;
  ok: boolean;
}

/** Minors and adults (chaperones, leaders) per sending town, with the adults the ratio requires. */
export function ratioPerTown(
  participants: readonly Participant[],
  firstDay: string,
  minorsPerAdult = DEFAULT_MINORS_PER_ADULT,
): TownRatio[] {
  const byTown = new Map<TownRef, { minors: number; adults: number }>();
  for (const p of participants.filter(isActive)) {
    // Anonymised people without a town are past camps' history: no ratio to check.
    if (p.sendingTown === undefined) continue;
    const row = byTown.get(p.sendingTown) ?? { minors: 0, adults: 0 };
    if (p.role === 'participant') {
      if (isMinorOn(p, firstDay)) row.minors++;
    } else row.adults++;
    byTown.set(p.sendingTown, row);
  }
  return [...byTown.entries()].map(([town, r]) => {
    const required = Math.ceil(r.minors / Math.max(1, minorsPerAdult));
    return { town, ...r, required, ok: r.adults >= required };
  });
}

export type ReadinessIssue =
  | { kind: 'parentalConsent'; participantId: string }
  | { kind: 'travelDocument'; participantId: string; expiry: string }
  | { kind: 'guardian'; participantId: string }
  | { kind: 'ratio'; town: TownRef; minors: number; adults: number; required: number; participantIds: string[] }
  | { kind: 'roomOverCapacity'; roomId: string; occupants: number; capacity: number; participantIds: string[] };

export interface ReadinessInput {
  participants: readonly Participant[];
  rooms: readonly Room[];
  start: string;
  end: string;
  minorsPerAdult?: number;
}

export function readinessIssues({ participants, rooms, start, end, minorsPerAdult }: ReadinessInput): ReadinessIssue[] {
  const active = participants.filter((p) => isActive(p) && !p.anonymisedAt);
  const issues: ReadinessIssue[] = [];
  for (const p of active) {
    const minor = isMinorOn(p, start);
    if (minor && !hasValidConsent(p, 'parental', end)) issues.push({ kind: 'parentalConsent', participantId: p.id });
    if (minor && (!p.guardianName || !p.guardianPhone)) issues.push({ kind: 'guardian', participantId: p.id });
    if (p.travelDocumentExpiry && p.travelDocumentExpiry < end) {
      issues.push({ kind: 'travelDocument', participantId: p.id, expiry: p.travelDocumentExpiry });
    }
  }
  for (const r of ratioPerTown(active, start, minorsPerAdult).filter((x) => !x.ok)) {
    const participantIds = active.filter((p) => p.sendingTown === r.town && p.role !== 'participant').map((p) => p.id);
    issues.push({
      kind: 'ratio',
      town: r.town,
      minors: r.minors,
      adults: r.adults,
      required: r.required,
      participantIds,
    });
  }
  for (const room of rooms) {
    const occupants = active.filter((p) => p.roomId === room.id);
    if (occupants.length > room.capacity) {
      issues.push({
        kind: 'roomOverCapacity',
        roomId: room.id,
        occupants: occupants.length,
        capacity: room.capacity,
        participantIds: occupants.map((p) => p.id),
      });
    }
  }
  return issues;
}
