// A schema message as text, kept apart from the row labels: those read both languages' strings at once,
// and the first-start office form (in the start-up bundle) needs only this.
import { messageKey } from '../../../shared/forms/fieldMessages';
import { fieldText } from '../../app/fieldText';

/** A schema message as text through the one issue mapper; a message it does not know reads "Invalid value". */
export function validationText(message: string | undefined, options?: Record<string, unknown>): string | undefined {
  return message ? fieldText(messageKey({ message }), options) : undefined;
}
