// Runs a save and turns its failure into words: field errors for the form, a notification otherwise.
import { notifyFailure } from '../../app/failure';
import type { ZodType } from 'zod';
import { ValidationError } from '../../db/errors';
import { draftMessages, fieldMessages, type FieldMessages } from '../../../shared/forms/fieldMessages';
import { fieldText } from '../../app/fieldText';

export type FieldErrors = Record<string, string>;

const texts = (messages: FieldMessages): FieldErrors =>
  Object.fromEntries(Object.entries(messages).map(([field, key]) => [field, fieldText(key) ?? '']));

/** The translated message of each invalid field, keyed by the field's path (`members.0.name` → `name`). */
export function fieldErrors(error: unknown, stripPrefix = ''): FieldErrors {
  if (!(error instanceof ValidationError)) return {};
  const item = new RegExp(`^${stripPrefix}\\.\\d+\\.`);
  return texts(fieldMessages(error.issues, (path) => (stripPrefix ? path.replace(item, '') : path)));
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

/** The draft schema's complaints about a draft, as the form shows them while the user types. */
export function draftErrors(schema: ZodType, draft: unknown): FieldErrors {
  return texts(draftMessages(schema, draft));
}

/** Errors to show: every field's after a save was tried, before that only those the user has edited. */
export function shownErrors(all: FieldErrors, edited: ReadonlySet<string>, submitted: boolean): FieldErrors {
  return submitted ? all : Object.fromEntries(Object.entries(all).filter(([k]) => edited.has(k)));
}
