// The travel-document rule: on an outgoing visit, a member's document must not expire before the return.
import type { Member, Visit } from '../domain/visit';

export interface DocumentWarning {
  memberId: string;
  name: string;
  expiry: string;
}

/** True when the member's document expires before the visit's last day (the day of return). */
export function documentExpiresBeforeReturn(member: Pick<Member, 'travelDocumentExpiry'>, returnDate: string): boolean {
  return member.travelDocumentExpiry !== undefined && member.travelDocumentExpiry < returnDate;
}

/** Members to warn about; incoming visits have none (their documents are the guests' own matter). */
export function documentWarnings(visit: Pick<Visit, 'direction' | 'end' | 'members'>): DocumentWarning[] {
  if (visit.direction !== 'outgoing') return [];
  return visit.members
    .filter((m) => documentExpiresBeforeReturn(m, visit.end))
    .map((m) => ({ memberId: m.id, name: m.name, expiry: m.travelDocumentExpiry! }));
}
