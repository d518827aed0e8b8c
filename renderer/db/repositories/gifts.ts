// The gift register: the only writer of the gifts table, with the repeat check before giving.
import { giftSchema, type Gift } from '../../../shared/domain';
import { repeatedGifts } from '../../../shared/visits/gifts';
import { db } from '../db';
import { newId, stamped, validate, type Input } from './base';

export type GiftInput = Input<typeof giftSchema>;

/** Every gift exchanged with these partners, newest first. */
export async function giftsOfPartners(partnerIds: readonly string[]): Promise<Gift[]> {
  const gifts = await db.gifts
    .where('partnerId')
    .anyOf([...partnerIds])
    .toArray();
  return gifts.sort((a, b) => b.date.localeCompare(a.date));
}

/** Earlier gifts the partner was already given with the same description (empty: no repeat). */
export async function findRepeatedGifts(candidate: Parameters<typeof repeatedGifts>[1]): Promise<Gift[]> {
  const gifts = await db.gifts.where('partnerId').equals(candidate.partnerId).toArray();
  return repeatedGifts(gifts, candidate);
}

export async function saveGift(input: GiftInput): Promise<Gift> {
  const record = validate(giftSchema, stamped({ ...input, id: input.id ?? newId() }));
  await db.gifts.put(record);
  return record;
}

export async function deleteGift(id: string): Promise<void> {
  await db.gifts.delete(id);
}
