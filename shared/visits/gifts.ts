// The gift-repeat rule: warn before giving a partner town a gift it was already given.
import type { Gift } from '../domain/gift';
import { fold } from '../text/fold';

/** Case, accents, punctuation and spacing do not make a different gift: "Kryształ  z Krosna!" = "krysztal z krosna". */
export function giftKey(description: string): string {
  return fold(description)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Earlier gifts given to the same partner with the same description, newest first. `exceptId` leaves
 * out the gift being edited.
 */
export function repeatedGifts(
  gifts: readonly Gift[],
  candidate: { partnerId: string; description: string; direction: Gift['direction']; exceptId?: string },
): Gift[] {
  if (candidate.direction !== 'given') return [];
  const key = giftKey(candidate.description);
  if (!key) return [];
  return gifts
    .filter((g) => g.id !== candidate.exceptId && g.direction === 'given' && g.partnerId === candidate.partnerId)
    .filter((g) => giftKey(g.description) === key)
    .sort((a, b) => b.date.localeCompare(a.date));
}
