// A react-hook-form resolver from a form's draft check: the one mapper's message keys, nested as the form names its fields.
import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { FieldMessages } from '../../shared/forms/fieldMessages';

/** Checks the values as the entity's draft; each message is a translation key, shown through `useFieldText`. */
export function draftResolver<V extends FieldValues>(check: (values: V) => FieldMessages): Resolver<V> {
  return (values, _context, options) => {
    const flat: Record<string, FieldError> = {};
    for (const [field, key] of Object.entries(check(values))) if (key) flat[field] = { type: 'draft', message: key };
    if (Object.keys(flat).length === 0) return { values, errors: {} };
    return { values: {}, errors: toNestErrors(flat, options) };
  };
}
