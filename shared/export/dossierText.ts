// The dossier's words in the language chosen for it (not the UI's): its own namespace, and the interface's names
// for everything the interface already names (areas, statuses, roles, columns), so both say the same.
import {
  contactRoles,
  cooperationAreas,
  giftDirections,
  logisticsKinds,
  logisticsStatuses,
  partnerStatuses,
  relationKinds,
  visitDirections,
  visitStatuses,
} from '../domain';
import type { Language } from '../ipc';
import enDossier from '../i18n/locales/en/dossier';
import enPartners from '../i18n/locales/en/partners';
import enVisits from '../i18n/locales/en/visits';
import plDossier from '../i18n/locales/pl/dossier';
import plPartners from '../i18n/locales/pl/partners';
import plVisits from '../i18n/locales/pl/visits';
import { translator, type Translate } from '../i18n/translate';

const resources = {
  pl: { dossier: plDossier, partners: plPartners, visits: plVisits },
  en: { dossier: enDossier, partners: enPartners, visits: enVisits },
} as const;

/** The dossier's translator: `t('dossier:title')`, `t('partners:area.culture')`, in the dossier's language. */
export const dossierTranslator = (language: Language): Translate => translator(language, resources[language]);

/** One key per value of a domain list: `{ culture: t('partners:area.culture'), … }`. */
function named<K extends string>(t: Translate, values: readonly K[], prefix: string): Record<K, string> {
  return Object.fromEntries(values.map((v) => [v, t(`${prefix}.${v}`)])) as Record<K, string>;
}

export function dossierWords(language: Language) {
  const t = dossierTranslator(language);
  return {
    t,
    title: t('dossier:title'),
    generatedOn: t('dossier:generatedOn'),
    homeTown: t('dossier:homeTown'),
    partner: t('dossier:partner'),
    partners: t('dossier:partners'),
    dates: t('visits:field.dates'),
    purpose: t('visits:field.purpose'),
    kind: named(t, visitDirections, 'dossier:kind'),
    status: named(t, visitStatuses, 'visits:status'),
    sections: {
      partner: t('dossier:sections.partner'),
      history: t('dossier:sections.history'),
      contacts: t('dossier:sections.contacts'),
      members: t('dossier:sections.members'),
      programme: t('dossier:sections.programme'),
      logistics: t('dossier:sections.logistics'),
      visitGifts: t('dossier:sections.visitGifts'),
      gifts: t('dossier:sections.gifts'),
      followUps: t('dossier:sections.followUps'),
    },
    partnerFacts: {
      country: t('partners:field.country'),
      region: t('partners:field.region'),
      population: t('partners:field.population'),
      languages: t('partners:field.languages'),
      website: t('partners:field.website'),
      relation: t('partners:field.relationKind'),
      relationStatus: t('partners:field.status'),
      since: t('partners:field.startDate'),
      areas: t('partners:field.areas'),
      resolution: t('partners:field.resolutionNumber'),
      resolutionDate: t('partners:field.resolutionDate'),
      adoptedBy: t('partners:field.adoptedBy'),
      signed: t('partners:field.signedDate'),
      legalBasis: t('dossier:legalBasis'),
    },
    relationKind: named(t, relationKinds, 'partners:relationKind'),
    partnerStatus: named(t, partnerStatuses, 'partners:status'),
    areas: named(t, cooperationAreas, 'partners:area'),
    history: {
      columns: [t('dossier:history.date'), t('dossier:history.kind'), t('dossier:history.title')],
      event: t('dossier:history.event'),
      visit: named(t, visitDirections, 'dossier:history.visit'),
    },
    contactRole: named(t, contactRoles, 'partners:contact.roles'),
    contactColumns: [
      t('partners:contact.name'),
      t('partners:contact.role'),
      t('partners:contact.email'),
      t('partners:contact.phone'),
      t('partners:contact.languages'),
    ],
    memberColumns: [
      t('visits:members.column.no'),
      t('visits:members.column.name'),
      t('visits:members.column.function'),
      t('visits:members.column.organisation'),
      t('visits:members.column.languages'),
      t('visits:members.field.dietaryNeeds'),
      t('visits:members.field.accessibilityNeeds'),
      t('visits:members.column.contact'),
    ],
    programmeColumns: [
      t('visits:programme.field.time'),
      t('visits:programme.field.activity'),
      t('visits:programme.field.place'),
      t('visits:programme.field.responsible'),
      t('visits:programme.field.notes'),
    ],
    logisticsColumns: [
      t('visits:logistics.field.item'),
      t('visits:logistics.field.status'),
      t('visits:logistics.field.owner'),
      t('visits:logistics.field.notes'),
    ],
    logisticsKind: named(t, logisticsKinds, 'visits:logistics.kind'),
    logisticsStatus: named(t, logisticsStatuses, 'visits:logistics.status'),
    giftColumns: [
      t('visits:gifts.field.date'),
      t('visits:gifts.field.direction'),
      t('visits:gifts.field.counterpart'),
      t('visits:gifts.field.description'),
      t('visits:gifts.field.value'),
    ],
    giftDirection: named(t, giftDirections, 'visits:gifts.direction'),
    taskColumns: [t('visits:after.field.title'), t('visits:after.field.owner'), t('visits:after.field.due')],
    none: t('dossier:none'),
    page: t('dossier:page'),
    of: t('dossier:of'),
  };
}

export type DossierText = ReturnType<typeof dossierWords>;
