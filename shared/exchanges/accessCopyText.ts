// The words of the art. 15 access copy in the copy's language (chosen per copy): its own locale namespace, and the
// interface's names for the participant's fields, role, status, age band and consents, so both say the same.
import { ageBands, participantRoles, participantStatuses } from '../domain/participant';
import enAccessCopy from '../i18n/locales/en/accessCopy';
import enExchanges from '../i18n/locales/en/exchanges';
import plAccessCopy from '../i18n/locales/pl/accessCopy';
import plExchanges from '../i18n/locales/pl/exchanges';
import { formatList } from '../i18n/lists';
import { translator, type Translate } from '../i18n/translate';
import type { Language } from '../ipc';

const resources = {
  pl: { accessCopy: plAccessCopy, exchanges: plExchanges },
  en: { accessCopy: enAccessCopy, exchanges: enExchanges },
} as const;

/** One key per value of a domain list: `{ leader: t('exchanges:role.leader'), … }`. */
function named<K extends string>(t: Translate, values: readonly K[], prefix: string): Record<K, string> {
  return Object.fromEntries(values.map((v) => [v, t(`${prefix}.${v}`)])) as Record<K, string>;
}

export function accessCopyWords(language: Language) {
  const t = translator(language, resources[language]);
  return {
    title: t('accessCopy:title'),
    none: t('accessCopy:none'),
    alreadyAnonymised: t('accessCopy:alreadyAnonymised'),
    controllerUnknown: t('accessCopy:controllerUnknown'),
    consent: (on: string, by: string, withdrawnOn?: string) =>
      withdrawnOn
        ? t('accessCopy:consentWithdrawn', { on, by, withdrawnOn })
        : t('accessCopy:consentGiven', { on, by }),
    fields: {
      firstName: t('exchanges:field.firstName'),
      lastName: t('exchanges:field.lastName'),
      birthDate: t('exchanges:field.birthDate'),
      ageBand: t('accessCopy:field.ageBand'),
      role: t('exchanges:field.role'),
      status: t('exchanges:field.status'),
      sendingTown: t('exchanges:field.sendingTown'),
      guardianName: t('exchanges:field.guardianName'),
      guardianPhone: t('exchanges:field.guardianPhone'),
      travelDocumentExpiry: t('exchanges:field.travelDocumentExpiry'),
      room: t('accessCopy:field.room'),
      dietaryNotes: t('accessCopy:field.dietaryNotes'),
      medicalNotes: t('accessCopy:field.medicalNotes'),
      anonymisedAt: t('accessCopy:field.anonymisedAt'),
      stored: t('accessCopy:field.stored'),
      retainedUntil: t('accessCopy:field.retainedUntil'),
    },
    consents: {
      parental: t('exchanges:consent.parental'),
      image: t('exchanges:consent.image'),
      medical: t('exchanges:consent.medical'),
    },
    roles: named(t, participantRoles, 'exchanges:role'),
    statuses: named(t, participantStatuses, 'exchanges:status'),
    ageBands: named(t, ageBands, 'exchanges:ageGroup'),
    purposes: [
      t('accessCopy:purpose.organise'),
      t('accessCopy:purpose.insurance'),
      t('accessCopy:purpose.health'),
      t('accessCopy:purpose.grant'),
    ],
    recipients: [
      t('accessCopy:recipient.staff'),
      t('accessCopy:recipient.partner'),
      t('accessCopy:recipient.insurer'),
      t('accessCopy:recipient.accommodation'),
    ],
    source: (guardians: readonly string[]) =>
      guardians.length
        ? t('accessCopy:source.guardians', { guardians: formatList(guardians, language) })
        : t('accessCopy:source.participant'),
    sourceOffice: t('accessCopy:source.office'),
    rights: (years: number) => t('accessCopy:rights', { count: years }),
    json: {
      document: t('accessCopy:json.document'),
      madeOn: t('accessCopy:json.madeOn'),
      controller: t('accessCopy:json.controller'),
      person: t('accessCopy:json.person'),
      retainedUntil: t('accessCopy:json.retainedUntil'),
      records: t('accessCopy:json.records'),
      camp: t('accessCopy:json.camp'),
      purposes: t('accessCopy:json.purposes'),
      recipients: t('accessCopy:json.recipients'),
      source: t('accessCopy:json.source'),
      rights: t('accessCopy:json.rights'),
    },
    page: t('accessCopy:page'),
    of: t('accessCopy:of'),
  };
}

export type AccessCopyText = ReturnType<typeof accessCopyWords>;
