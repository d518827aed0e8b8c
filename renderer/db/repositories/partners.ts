// Partner towns and their contacts: the only writer of the partners and contacts tables.
import { contactSchema, partnerSchema, type Contact, type Partner } from '../../../shared/domain';
import { db } from '../db';
import { newId, stamped, validate, type Input } from './base';

/** What a caller passes to save: the schema's input (defaults optional), id and stamps optional. */
export type PartnerInput = Input<typeof partnerSchema>;
export type ContactInput = Input<typeof contactSchema>;

export function listPartners(): Promise<Partner[]> {
  return db.partners.orderBy('name').toArray();
}

export function getPartner(id: string): Promise<Partner | undefined> {
  return db.partners.get(id);
}

export async function savePartner(input: PartnerInput): Promise<Partner> {
  const record = validate(partnerSchema, stamped({ ...input, id: input.id ?? newId() }));
  await db.partners.put(record);
  return record;
}

/** Removes a partner with its contacts, agreements and their files in one transaction. */
export async function deletePartner(id: string): Promise<void> {
  await db.transaction('rw', [db.partners, db.contacts, db.agreements, db.attachments], async () => {
    const agreementIds = await db.agreements.where('partnerId').equals(id).primaryKeys();
    await db.attachments.where('ownerId').anyOf([id, ...agreementIds]).delete();
    await db.agreements.where('partnerId').equals(id).delete();
    await db.contacts.where('partnerId').equals(id).delete();
    await db.partners.delete(id);
  });
}

export function listContacts(partnerId: string): Promise<Contact[]> {
  return db.contacts.where('partnerId').equals(partnerId).sortBy('name');
}

export async function saveContact(input: ContactInput): Promise<Contact> {
  const record = validate(contactSchema, stamped({ ...input, id: input.id ?? newId() }));
  await db.contacts.put(record);
  return record;
}

export async function deleteContact(id: string): Promise<void> {
  await db.contacts.delete(id);
}
