// The record a merge log entry is about, as the user knows it: its kind, its name and the page where it opens.
import type { TFunction } from 'i18next';
import type { Task } from '../../../shared/domain';
import type { Json } from '../../../shared/sync/merge';
import { eventHref, partnerHref, taskHref, visitHref } from '../calendar/links';
import { settingLabel, settingSection } from './formWords';

export interface RecordRef {
  kind: string;
  /** Empty when the record is no longer on this desk. */
  name: string;
  href?: string;
}

type Row = Record<string, Json | undefined>;

const str = (v: Json | undefined): string => (typeof v === 'string' ? v : '');

/** Kinds of record the office shares, each with its name and page; `satisfies` keeps the list closed. */
const REFS = {
  partners: (r: Row, key: string) => ({ name: str(r.name), href: partnerHref(key) }),
  contacts: (r: Row) => ({ name: str(r.name), href: r.partnerId ? partnerHref(str(r.partnerId)) : undefined }),
  agreements: (r: Row) => ({ name: str(r.title), href: r.partnerId ? partnerHref(str(r.partnerId)) : undefined }),
  attachments: (r: Row) => ({ name: str(r.fileName), href: undefined }),
  events: (r: Row, key: string) => ({ name: str(r.title), href: eventHref(key) }),
  visits: (r: Row, key: string) => ({ name: str(r.title), href: visitHref(key) }),
  gifts: (r: Row) => ({
    name: str(r.description),
    href: r.visitId ? visitHref(str(r.visitId)) : r.partnerId ? partnerHref(str(r.partnerId)) : undefined,
  }),
  tasks: (r: Row) => ({ name: str(r.title), href: taskHref(r as unknown as Task) }),
  participants: (r: Row, key: string) => ({
    name: `${str(r.firstName)} ${str(r.lastName)}`.trim(),
    href: `/exchanges/person/${encodeURIComponent(key)}`,
  }),
  rooms: (r: Row) => ({
    name: str(r.name),
    href: r.eventId ? `/exchanges/${encodeURIComponent(str(r.eventId))}/${str(r.occurrence)}` : undefined,
  }),
  anonymisations: () => ({ name: '', href: undefined }),
} satisfies Record<string, (r: Row, key: string) => { name: string; href: string | undefined }>;

export function recordRef(t: TFunction, table: string, key: string, record: Row | undefined): RecordRef {
  if (table === 'settings') {
    const section = settingSection(key);
    return {
      kind: t('team:log.kind.settings'),
      name: settingLabel(t, key),
      href: section ? `/settings/${section}` : undefined,
    };
  }
  const kind = t(`team:log.kind.${table}`, { defaultValue: table });
  const ref = table in REFS && record ? REFS[table as keyof typeof REFS](record, key) : undefined;
  return { kind, name: ref?.name ?? '', href: ref?.name ? ref.href : undefined };
}
