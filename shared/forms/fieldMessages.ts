// One mapper from schema issues to field messages: every message is a translation key ('ns:key'), never zod's text or a path.
import type { ZodType } from 'zod';

/** Each message a domain schema or a form check gives, and the translation key that says it to the user. */
export const messageKeys = {
  required: 'common:validation.required',
  tooLong: 'common:validation.tooLong',
  invalid: 'common:validation.invalid',
  'date.format': 'common:validation.date.format',
  'date.invalid': 'common:validation.date.invalid',
  'country.invalid': 'common:validation.country.invalid',
  'currency.invalid': 'common:validation.currency.invalid',
  'email.invalid': 'common:validation.email.invalid',
  'phone.invalid': 'common:validation.phone.invalid',
  'range.endBeforeStart': 'common:validation.range.endBeforeStart',
  'website.invalid': 'partners:validation.website.invalid',
  'population.invalid': 'partners:validation.population.invalid',
  'award.year': 'partners:validation.award.year',
  'award.invalid': 'partners:validation.award.invalid',
  'relationKind.unknown': 'partners:validation.relationKind.unknown',
  'status.unknown': 'partners:validation.status.unknown',
  'attachment.tooLarge': 'partners:validation.attachment.tooLarge',
  guardianRequired: 'exchanges:form.guardianRequired',
} as const;

export type MessageCode = keyof typeof messageKeys;
export type MessageKey = (typeof messageKeys)[MessageCode];

/** A schema issue as zod gives it, or as a repository's validation error carries it (path joined by dots). */
export interface IssueLike {
  path: readonly PropertyKey[] | string;
  message: string;
  code?: string;
  minimum?: unknown;
}

export const isMessageCode = (message: string): message is MessageCode => Object.hasOwn(messageKeys, message);

/** The key for an issue: the schema's own message when it is one of ours, else one chosen by the issue's kind. */
export function messageKey(issue: Omit<IssueLike, 'path'>): MessageKey {
  if (isMessageCode(issue.message)) return messageKeys[issue.message];
  if (issue.code === 'too_big') return messageKeys.tooLong;
  if (issue.code === 'too_small' && Number(issue.minimum) === 1) return messageKeys.required;
  return messageKeys.invalid;
}

/** An issue's path as a form names fields: `members.0.name`, `consents.parental.givenBy`. */
export const pathOf = (path: IssueLike['path']): string =>
  typeof path === 'string' ? path : path.map((p) => String(p)).join('.');

export type FieldMessages<F extends string = string> = Partial<Record<F, MessageKey>>;

/**
 * The first message for each field. `fieldOf` names the form's field for an issue's path (a nested path,
 * an array item); an issue it names no field for is left to the save, whose failure the user is told of.
 */
export function fieldMessages<F extends string = string>(
  issues: readonly IssueLike[],
  fieldOf: (path: string) => F | undefined = (path) => path as F,
): FieldMessages<F> {
  const out: FieldMessages<F> = {};
  for (const issue of issues) {
    const field = fieldOf(pathOf(issue.path));
    if (field !== undefined && out[field] === undefined) out[field] = messageKey(issue);
  }
  return out;
}

/** A draft checked with its entity's draft schema: the messages by field (empty when it would save). */
export function draftMessages<F extends string = string>(
  schema: ZodType,
  draft: unknown,
  fieldOf?: (path: string) => F | undefined,
): FieldMessages<F> {
  const parsed = schema.safeParse(draft);
  return parsed.success ? {} : fieldMessages(parsed.error.issues, fieldOf);
}
