// A merge notice in the words of the record's form: each field by its label, a list part's item by its name, and
// the other desk's value as the form shows it (a status by its name, a list by its items).
import type { TFunction } from 'i18next';
import type { Json, MergeNotice } from '../../../shared/sync/merge';
import { settingLabel, WORDS, type Item, type Words } from './formWords';

/** A setting's notice: the setting's label, then a part of its value by the office profile's labels. */
function settingFieldLabel(t: TFunction, path: readonly string[], record: Item | undefined): string {
  const key = typeof record?.key === 'string' ? record.key : '';
  const parts = [settingLabel(t, key)];
  for (const step of path.slice(1)) {
    const label = key === 'homeTown' ? t(`settings:profile.${step}`, { defaultValue: '' }) : '';
    if (label) parts.push(label);
  }
  return parts.join(' › ');
}

const isItemList = (v: Json | undefined): v is Item[] =>
  Array.isArray(v) && v.every((i) => typeof i === 'object' && i !== null && !Array.isArray(i) && 'id' in i);

/** The key of a label: the exact path's, else its list's field family (`members.field.name`), else `field.<name>`. */
function labelKey(words: Words, shape: string[]): string {
  const exact = words.labels[shape.join('.')];
  if (exact) return exact.includes(':') ? exact : `${words.ns}:${exact}`;
  const family = words.labels[[...shape.slice(0, -1), '*'].join('.')];
  if (family) return `${words.ns}:${family}.${shape[shape.length - 1]}`;
  return shape.length === 1 ? `${words.ns}:field.${shape[0]}` : '';
}

/**
 * The notice's field as the form names it, parts joined by ' › ': "Programme › City hall tour › Place". An item no
 * longer in the record is named by the other desk's value; a part the form has no label for is left out.
 */
export function fieldLabel(
  t: TFunction,
  table: string,
  path: readonly string[],
  record: Item | undefined,
  otherValue?: Json,
): string {
  if (table === 'settings') return settingFieldLabel(t, path, record);
  const words = WORDS[table];
  const parts: string[] = [];
  const shape: string[] = [];
  let value: Json | undefined = record;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    const list: Item[] | undefined = isItemList(value) ? value : undefined;
    if (list && shape.length > 0) {
      const item: Item | undefined =
        list.find((x) => x.id === step) ?? (i === path.length - 1 ? (otherValue as Item) : undefined);
      const name = item ? words?.items[shape[shape.length - 1]!]?.(item, t) : undefined;
      parts.push(name ? t('team:merge.itemName', { name }) : t('team:merge.anItem'));
      shape.push('*');
      value = item;
      continue;
    }
    shape.push(step);
    const key = words ? labelKey(words, shape) : '';
    if (key && t(key, { defaultValue: '' })) parts.push(t(key));
    else if (shape.length === 1) parts.push(t('team:merge.otherField'));
    value = value && typeof value === 'object' && !Array.isArray(value) ? value[step] : undefined;
  }
  return parts.join(' › ');
}

/** The other desk's value as the form shows it. */
export function valueText(t: TFunction, table: string, path: readonly string[], value: Json | undefined): string {
  if (value === undefined || value === null || value === '') return '—';
  const words = WORDS[table];
  const shape = path.map((p, i) => (i > 0 && words?.items[path[i - 1]!] ? '*' : p));
  const prefix = words?.values[shape.join('.')];
  if (typeof value === 'string') return prefix ? t(`${words.ns}:${prefix}.${value}`, { defaultValue: value }) : value;
  if (typeof value === 'boolean') return t(value ? 'team:merge.yes' : 'team:merge.no');
  if (typeof value === 'number') return String(value);
  if (isItemList(value)) {
    const name = words?.items[shape[shape.length - 1]!];
    return value.map((item) => name?.(item, t) ?? '…').join(', ');
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  if (!Array.isArray(value) && typeof value.amount === 'number' && typeof value.currency === 'string')
    return `${value.amount} ${value.currency}`;
  return JSON.stringify(value);
}

/** One notice as a sentence: "Field: changed meanwhile by X – their value: …", or what was deleted and kept. */
/**
 * Whether this desk's login made the change that lost: the notice then names who changed it meanwhile (the kept
 * change) and offers this desk's own value back. The same login on both sides keeps the usual wording.
 */
export const lostHere = (notice: MergeNotice, me: string | undefined): boolean =>
  notice.kind === 'field' && !!me && notice.other.by === me && notice.kept.by !== me;

/** The words of a field notice's one-click button: their value, or this desk's own value back. */
export const takeWords = (t: TFunction, notice: MergeNotice, me: string | undefined): string =>
  t(lostHere(notice, me) ? 'team:merge.takeYours' : 'team:merge.take');

export function noticeSentence(
  t: TFunction,
  table: string,
  notice: MergeNotice,
  record: Item | undefined,
  me?: string,
): string {
  if (notice.kind === 'field') {
    const own = lostHere(notice, me);
    return t(own ? 'team:merge.fieldYours' : 'team:merge.field', {
      field: fieldLabel(t, table, notice.path, record, notice.otherValue),
      user: own ? notice.kept.by : notice.other.by,
      value: valueText(t, table, notice.path, notice.otherValue),
    });
  }
  return notice.path.length
    ? t('team:merge.itemDeleted', {
        user: notice.deletedBy.by,
        kept: notice.keptBy.by,
        field: fieldLabel(t, table, notice.path, record),
      })
    : t('team:merge.deleted', { user: notice.deletedBy.by, kept: notice.keptBy.by });
}
