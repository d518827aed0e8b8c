// How each record's form names its fields, for merge notices: label keys by path, value names, list items' names,
// and each office setting by the label of its Settings section.
import type { TFunction } from 'i18next';
import type { Json } from '../../../shared/sync/merge';

export type Item = Record<string, Json | undefined>;

/**
 * How the form names a record's fields: label keys by path (`*` stands for an item of an id-keyed list), in the
 * form's namespace unless the key names its own (`team:field.notes`).
 */
export interface Words {
  ns: string;
  labels: Record<string, string>;
  /** Key prefixes of fields whose values are names from a fixed list (`status` → `status.confirmed`). */
  values: Record<string, string>;
  /** The name an item of each id-keyed list goes by. */
  items: Record<string, (item: Item, t: TFunction) => string | undefined>;
}

const text = (v: Json | undefined) => (typeof v === 'string' && v.trim() ? v : undefined);

/** Fields of the calendar's event form (also a camp's), by the form's labels. */
const EVENT: Words = {
  ns: 'calendar',
  labels: {
    title: 'form.title',
    kind: 'form.kind',
    allDay: 'form.allDay',
    start: 'form.startDate',
    end: 'form.endDate',
    place: 'details.place',
    'place.venue': 'form.venue',
    'place.town': 'form.town',
    'place.country': 'form.country',
    host: 'form.host',
    partnerIds: 'form.partners',
    status: 'form.status',
    coordinator: 'form.coordinator',
    budget: 'form.budget',
    'budget.amount': 'form.budget',
    'budget.currency': 'form.currency',
    funding: 'form.funding',
    description: 'form.description',
    recurrence: 'form.recurrence',
    series: 'form.recurrence',
    exceptions: 'team:field.exceptions',
    icsUid: 'team:field.icsUid',
  },
  values: { kind: 'kinds', status: 'statuses' },
  items: {},
};

/** Fields of a camp participant, by the participant form's and the person page's labels. */
const PARTICIPANT: Words = {
  ns: 'exchanges',
  labels: {
    eventId: 'person.camp',
    occurrence: 'person.camp',
    roomId: 'person.room',
    anonymisedAt: 'person.anonymisedAt',
    birthYear: 'team:field.birthYear',
    ageBand: 'team:field.ageBand',
    identified: 'team:field.identified',
    consents: 'team:field.consents',
    'consents.parental': 'consent.parental',
    'consents.image': 'consent.image',
    'consents.medical': 'consent.medical',
  },
  values: { role: 'role', status: 'status', ageBand: 'ageGroup' },
  items: {},
};

/** Fields of a task, by the task form's labels. */
const TASK: Words = {
  ns: 'calendar',
  labels: {
    title: 'tasks.task',
    due: 'tasks.due',
    owner: 'tasks.owner',
    done: 'tasks.done',
    eventId: 'tasks.event',
    visitId: 'tasks.visitLink',
    partnerId: 'tasks.partner',
    notes: 'team:field.notes',
  },
  values: {},
  items: {},
};

/** Fields of a partner's contact person, by the contact form's labels. */
const CONTACT: Words = {
  ns: 'partners',
  labels: {
    partnerId: 'team:field.partner',
    name: 'contact.name',
    role: 'contact.role',
    email: 'contact.email',
    phone: 'contact.phone',
    languages: 'contact.languages',
    notes: 'contact.notes',
  },
  values: { role: 'contact.roles' },
  items: {},
};

/** Fields of a change to a partnership agreement, by the agreement form's labels. */
const AGREEMENT: Words = {
  ns: 'partners',
  labels: {
    partnerId: 'team:field.partner',
    change: 'agreement.change',
    date: 'agreement.date',
    title: 'agreement.title',
    notes: 'agreement.notes',
    documentId: 'field.document',
  },
  values: { change: 'agreement.changes' },
  items: {},
};

export const WORDS: Record<string, Words> = {
  partners: {
    ns: 'partners',
    labels: {
      legalBasis: 'form.legalBasis',
      'legalBasis.resolutionNumber': 'field.resolutionNumber',
      'legalBasis.resolutionDate': 'field.resolutionDate',
      'legalBasis.adoptedBy': 'field.adoptedBy',
      'legalBasis.signedDate': 'field.signedDate',
      'legalBasis.documentId': 'field.document',
    },
    values: { relationKind: 'relationKind', status: 'status' },
    items: {},
  },
  visits: {
    ns: 'visits',
    labels: {
      partnerIds: 'field.partners',
      eventId: 'field.event',
      members: 'tabs.members',
      programme: 'tabs.programme',
      logistics: 'tabs.logistics',
      costs: 'costs.title',
      report: 'after.report',
      'members.*.*': 'members.field',
      'programme.*.*': 'programme.field',
      'logistics.*.*': 'logistics.field',
      'logistics.*.label': 'logistics.field.item',
      'logistics.*.kind': 'logistics.field.item',
      'costs.*.*': 'costs.field',
    },
    values: {
      status: 'status',
      direction: 'direction',
      'logistics.*.status': 'logistics.status',
      'logistics.*.kind': 'logistics.kind',
    },
    items: {
      members: (i) => text(i.name),
      programme: (i) => text(i.activity),
      logistics: (i, t) => text(i.label) ?? (text(i.kind) && t(`visits:logistics.kind.${i.kind as string}`)),
      costs: (i) => text(i.category),
    },
  },
  events: EVENT,
  participants: PARTICIPANT,
  tasks: TASK,
  contacts: CONTACT,
  agreements: AGREEMENT,
};

/** Each office setting by the label of its Settings section (key → label key). */
const SETTINGS: Record<string, { label: string; section?: string }> = {
  homeTown: { label: 'settings:sections.name.office', section: 'office' },
  'partners.dormancyMonths': { label: 'settings:sections.name.dormancy', section: 'dormancy' },
  'privacy.peopleRetention': { label: 'settings:sections.name.privacy', section: 'privacy' },
  'exchanges.retention': { label: 'settings:sections.name.privacy', section: 'privacy' },
  'exchanges.minorsPerAdult': { label: 'settings:sections.name.camps', section: 'camps' },
  'visits.logisticsDefaults': { label: 'settings:sections.name.checklists', section: 'checklists' },
  'visits.perDiemRates': { label: 'settings:sections.name.per-diem', section: 'per-diem' },
  'calendar.maxEventSpanDays': { label: 'team:log.maxSpan' },
};

/** A setting by its label in Settings (a key nobody named is shown as it is). */
export const settingLabel = (t: TFunction, key: string): string => (SETTINGS[key] ? t(SETTINGS[key].label) : key);

/** The Settings section where a setting is changed, if it has one. */
export const settingSection = (key: string): string | undefined => SETTINGS[key]?.section;
