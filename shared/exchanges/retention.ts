// Retention of personal data per record kind (set with the data-protection officer) and what is due.
import { addYears, format, parseISO } from 'date-fns';
import { z } from 'zod';
import type { RotationPolicy } from '../backup/rotation';

/** Years after a camp occurrence ends before each kind of record is due (participants: anonymised). */
export const retentionSchema = z.object({
  participantsYears: z.number().int().min(0).max(50),
});
export type Retention = z.infer<typeof retentionSchema>;

export const DEFAULT_RETENTION: Retention = { participantsYears: 5 };

/** The day from which data of a camp that ended on `end` is due: `years` after the end. */
export function retentionDueDate(end: string, years: number): string {
  return format(addYears(parseISO(end.slice(0, 10)), years), 'yyyy-MM-dd');
}

export function isDue(end: string, years: number, today: string): boolean {
  return retentionDueDate(end, years) <= today;
}

export interface RetentionCamp {
  eventId: string;
  occurrence: string;
  title: string;
  end: string;
  /** Participants still holding personal data. */
  identified: number;
}

export type DueCamp<C extends Pick<RetentionCamp, 'end' | 'identified'> = RetentionCamp> = C & { dueOn: string };

/** Camps whose participants are due for anonymisation, oldest due first. */
export function dueForAnonymisation<C extends Pick<RetentionCamp, 'end' | 'identified'>>(
  camps: readonly C[],
  retention: Retention,
  today: string,
): DueCamp<C>[] {
  return camps
    .filter((c) => c.identified > 0)
    .map((c) => ({ ...c, dueOn: retentionDueDate(c.end, retention.participantsYears) }))
    .filter((c) => c.dueOn <= today)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/**
 * How long an automatic backup made before an anonymisation can still hold the removed data: the
 * newest backup of each of the last `weekly` weeks and of the last `daily` days are kept, so up to
 * whichever reaches further back. (Safety copies made before a restore are kept by count, not time.)
 */
export function longestBackupKeep(policy: Pick<RotationPolicy, 'daily' | 'weekly'>): {
  unit: 'weeks' | 'days';
  count: number;
} {
  return policy.weekly * 7 >= policy.daily
    ? { unit: 'weeks', count: policy.weekly }
    : { unit: 'days', count: policy.daily };
}
