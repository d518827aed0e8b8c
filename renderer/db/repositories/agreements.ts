// Changes in a partnership's legal footing (signed, amended, …): the only writer of the agreements table.
import { agreementSchema, type Agreement } from '../../../shared/domain';
import { db } from '../db';
import { newId, stamped, validate, type Input } from './base';

export type AgreementInput = Input<typeof agreementSchema>;

export function listAgreements(partnerId: string): Promise<Agreement[]> {
  return db.agreements.where('partnerId').equals(partnerId).sortBy('date');
}

export async function saveAgreement(input: AgreementInput): Promise<Agreement> {
  const record = validate(agreementSchema, stamped({ ...input, id: input.id ?? newId() }));
  await db.agreements.put(record);
  return record;
}

/** Removes an agreement change and its document together. */
export async function deleteAgreement(id: string): Promise<void> {
  await db.transaction('rw', [db.agreements, db.attachments], async () => {
    await db.attachments.where('ownerId').equals(id).delete();
    await db.agreements.delete(id);
  });
}
