// What every tab of a camp page receives: the occurrence, its people and rooms, towns and settings.
import type { Participant, Room, TownRef } from '../../../shared/domain';
import type { Town } from '../../../shared/exchanges/lists';
import type { Occurrence } from '../../../shared/exchanges/occurrences';
import type { ReadinessIssue } from '../../../shared/exchanges/readiness';
import type { TownOption } from '../../db/repositories/participants';

export interface CampContext {
  eventId: string;
  occurrence: string;
  occ: Occurrence;
  participants: Participant[];
  rooms: Room[];
  town: (ref: TownRef | undefined) => Town;
  towns: TownOption[];
  minorsPerAdult: number;
  issues: ReadinessIssue[];
}

/** The link that opens a person's form on the camp page. */
export const editLink = (eventId: string, occurrence: string, participantId: string) =>
  `/exchanges/${eventId}/${occurrence}?tab=participants&edit=${participantId}`;
