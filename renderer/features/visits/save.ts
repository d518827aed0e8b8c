// Runs a save and turns its failure into words: field errors for the form, a notification otherwise.
import { notifyFailure } from '../../app/failure';
import type { ZodType } from 'zod';
import { ValidationError } from '../../db/errors';
import { i18n } from '../../i18n';

export type FieldErrors = Record<string, string>;

/** The translated message of each invalid field, keyed by the field's path (`members.0.name` → `name`). */
export function fieldErrors(error: unknown, stripPrefix = ''): FieldErrors {
  if (!(error instanceof ValidationError)) return {};
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = stripPrefix ? issue.path.replace(new RegExp(`^${stripPrefix}\\.\\d+\\.`), '') : issue.path;
    out[path] ??= i18n.t(`validation.${issue.message}`, {
      ns: 'common',
      defaultValue: i18n.t('validation.invalid', { ns: 'common' }),
    });
  }
  return out;
}

/** Awaits the save; on failure tells the user why and returns the field errors (empty on success). */
export async function attempt(save: () => Promise<unknown>, stripPrefix = ''): Promise<FieldErrors | null> {
  try {
    await save();
    return null;
  } catch (error) {
    const errors = fieldErrors(error, stripPrefix);
    notifyFailure('save', error);
    return errors;
  }
}

/** The schema's complaints about a draft, as the form shows them while the user types. */
export function draftErrors(schema: ZodType, draft: unknown): FieldErrors {
  const parsed = schema.safeParse(draft);
  if (parsed.success) return {};
  return fieldErrors(
    new ValidationError(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))),
  );
}

/** Errors to show: every field's after a save was tried, before that only those the user has edited. */
export function shownErrors(all: FieldErrors, edited: ReadonlySet<string>, submitted: boolean): FieldErrors {
  return submitted ? all : Object.fromEntries(Object.entries(all).filter(([k]) => edited.has(k)));
}
