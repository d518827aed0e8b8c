// The participant form's values as text, and their conversion to a record with per-field errors.
import {
  consentKinds,
  participantDraftSchema,
  type ConsentKind,
  type Participant,
  type ParticipantRole,
  type ParticipantStatus,
} from '../../../shared/domain';
import { isMinorOn } from '../../../shared/exchanges/age';
import { draftMessages, messageKeys, type FieldMessages } from '../../../shared/forms/fieldMessages';
import type { ParticipantInput } from '../../db/repositories/participants';

export interface ConsentFields {
  givenOn: string;
  givenBy: string;
  withdrawnOn: string;
}

export interface FormValues {
  firstName: string;
  lastName: string;
  birthDate: string;
  role: ParticipantRole;
  sendingTown: string;
  guardianName: string;
  guardianPhone: string;
  status: ParticipantStatus;
  travelDocumentExpiry: string;
  dietaryNotes: string;
  medicalNotes: string;
  consents: Record<ConsentKind, ConsentFields>;
}

const emptyConsent = (): ConsentFields => ({ givenOn: '', givenBy: '', withdrawnOn: '' });

export function toForm(p?: Participant): FormValues {
  const consents = Object.fromEntries(
    consentKinds.map((k) => {
      const c = p?.consents[k];
      return [k, c ? { givenOn: c.givenOn, givenBy: c.givenBy, withdrawnOn: c.withdrawnOn ?? '' } : emptyConsent()];
    }),
  ) as Record<ConsentKind, ConsentFields>;
  return {
    firstName: p?.firstName ?? '',
    lastName: p?.lastName ?? '',
    birthDate: p?.birthDate ?? '',
    role: p?.role ?? 'participant',
    sendingTown: p?.sendingTown ?? 'home',
    guardianName: p?.guardianName ?? '',
    guardianPhone: p?.guardianPhone ?? '',
    status: p?.status ?? 'registered',
    travelDocumentExpiry: p?.travelDocumentExpiry ?? '',
    dietaryNotes: p?.dietaryNotes ?? '',
    medicalNotes: p?.medicalNotes ?? '',
    consents,
  };
}

const opt = (v: string) => (v.trim() === '' ? undefined : v.trim());

/** The record to save, or message keys by field path (`firstName`, `consents.parental.givenBy`). */
export function fromForm(
  v: FormValues,
  base: { id?: string; eventId: string; occurrence: string; createdAt?: string; roomId?: string },
  firstDay: string,
): { ok: true; input: ParticipantInput } | { ok: false; errors: FieldMessages } {
  const consents: ParticipantInput['consents'] = {};
  const errors: FieldMessages = {};
  for (const k of consentKinds) {
    const c = v.consents[k];
    if (!c.givenOn && !c.givenBy && !c.withdrawnOn) continue;
    if (!c.givenOn) errors[`consents.${k}.givenOn`] = messageKeys.required;
    if (!c.givenBy.trim()) errors[`consents.${k}.givenBy`] = messageKeys.required;
    consents[k] = { givenOn: c.givenOn, givenBy: c.givenBy.trim(), withdrawnOn: opt(c.withdrawnOn) };
  }
  const birthYear = /^\d{4}/.test(v.birthDate) ? Number(v.birthDate.slice(0, 4)) : 0;
  if (!v.birthDate) errors.birthDate = messageKeys.required;
  const input: ParticipantInput = {
    ...base,
    firstName: v.firstName,
    lastName: v.lastName,
    birthDate: opt(v.birthDate),
    birthYear,
    role: v.role,
    sendingTown: v.sendingTown,
    guardianName: opt(v.guardianName),
    guardianPhone: opt(v.guardianPhone),
    status: v.status,
    travelDocumentExpiry: opt(v.travelDocumentExpiry),
    dietaryNotes: opt(v.dietaryNotes),
    medicalNotes: opt(v.medicalNotes),
    consents,
  };
  for (const [field, key] of Object.entries(draftMessages(participantDraftSchema, input))) errors[field] ??= key;
  if (
    !errors.birthDate &&
    v.role === 'participant' &&
    v.birthDate &&
    isMinorOn({ birthDate: v.birthDate, birthYear }, firstDay)
  ) {
    if (!v.guardianName.trim()) errors.guardianName = messageKeys.guardianRequired;
    if (!v.guardianPhone.trim()) errors.guardianPhone = messageKeys.guardianRequired;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input };
}
