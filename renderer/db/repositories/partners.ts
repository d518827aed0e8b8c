// Partner towns and their contacts: the only writer of the partners and contacts tables.
import {
  agreementSchema,
  contactSchema,
  partnerSchema,
  type Attachment,
  type Contact,
  type Partner,
} from '../../../shared/domain';
import type { PartnerDraft } from '../../../shared/partners/csvImport';
import { db } from '../db';
import { attachmentRecord, type PickedFile } from './attachments';
import { newId, nowIso, stamped, validate, type Input } from './base';

/** What a caller passes to save: the schema's input (defaults optional), id and stamps optional. */
export type PartnerInput = Input<typeof partnerSchema>;
export type ContactInput = Input<typeof contactSchema>;

export function listPartners(): Promise<Partner[]> {
  return db.partners.orderBy('name').toArray();
}

export function getPartner(id: string): Promise<Partner | undefined> {
  return db.partners.get(id);
}

/**
 * Saves a partner; a newly picked agreement document replaces the old one, and a first signing date
 * is recorded as a "signed" agreement change. All in one transaction.
 */
export async function savePartner(input: PartnerInput, document?: PickedFile): Promise<Partner> {
  const id = input.id ?? newId();
  const attachment: Attachment | undefined = document && attachmentRecord(id, document);
  const legalBasis = { ...input.legalBasis, ...(attachment ? { documentId: attachment.id } : {}) };
  const record = validate(partnerSchema, stamped({ ...input, id, legalBasis }));
  await db.transaction('rw', [db.partners, db.attachments, db.agreements], async () => {
    const previous = await db.partners.get(id);
    const oldDocument = previous?.legalBasis.documentId;
    if (attachment) {
      if (oldDocument) await db.attachments.delete(oldDocument);
      await db.attachments.add(attachment);
    }
    await db.partners.put(record);
    const signed = record.legalBasis.signedDate;
    if (signed && previous?.legalBasis.signedDate !== signed) {
      const recorded = await db.agreements
        .where('partnerId')
        .equals(id)
        .filter((a) => a.change === 'signed')
        .count();
      if (recorded === 0) {
        const change = {
          id: newId(),
          partnerId: id,
          change: 'signed',
          date: signed,
          title: record.name,
          ...(record.legalBasis.documentId ? { documentId: record.legalBasis.documentId } : {}),
        };
        await db.agreements.add(validate(agreementSchema, stamped<typeof change & { createdAt?: string }>(change)));
      }
    }
  });
  return record;
}

/** Stores every imported partner or none: one transaction, each row validated first. */
export async function importPartners(drafts: readonly PartnerDraft[]): Promise<number> {
  const now = nowIso();
  const records = drafts.map((d) => validate(partnerSchema, { ...d, id: newId(), createdAt: now, updatedAt: now }));
  await db.transaction('rw', db.partners, async () => {
    await db.partners.bulkAdd(records);
  });
  return records.length;
}

/** Removes a partner with its contacts, agreements and their files in one transaction. */
export async function deletePartner(id: string): Promise<void> {
  await db.transaction('rw', [db.partners, db.contacts, db.agreements, db.attachments], async () => {
    const agreementIds = await db.agreements.where('partnerId').equals(id).primaryKeys();
    await db.attachments
      .where('ownerId')
      .anyOf([id, ...agreementIds])
      .delete();
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
