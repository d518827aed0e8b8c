// Reading an ICS file for a person: bytes or text in, the import preview or a refusal in the UI language out.
import { previewIcs, type IcsPreview } from '../../../shared/export/icsPreview';
import type { IcsReadErrorCode } from '../../../shared/export/icsRead';
import { refusalMessage } from './icsRefusal';

export type IcsForUser = { ok: true; preview: IcsPreview } | { ok: false; code: IcsReadErrorCode; message: string };

/** What the import dialog shows for a file (read on this thread: the dialog itself reads in a worker). */
export function readIcsForUser(input: string | Uint8Array, today: string): IcsForUser {
  const result = previewIcs(input, { today });
  return result.ok ? result : { ok: false, code: result.code, message: refusalMessage(result.code) };
}
