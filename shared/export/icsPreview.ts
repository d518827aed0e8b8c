// The one entry point for reading an ICS file: text or bytes in, the import preview (events, parts left
// out, time zones placed by name, the charset read) or a refusal code out. Pure; safe in a worker.
import { decodeIcs, type IcsEncoding } from './icsText';
import { IcsReadError, readIcsFile, type IcsRead, type IcsReadErrorCode, type ReadOptions } from './icsRead';

export interface IcsPreview extends IcsRead {
  encoding: IcsEncoding;
}

export type IcsPreviewResult = { ok: true; preview: IcsPreview } | { ok: false; code: IcsReadErrorCode };

/** Reads an ICS file as the import preview shows it; never throws for anything a file can contain. */
export function previewIcs(input: string | Uint8Array, options: ReadOptions = {}): IcsPreviewResult {
  let text: string;
  let encoding: IcsEncoding = 'utf-8';
  if (typeof input === 'string') text = input;
  else {
    const decoded = decodeIcs(input);
    if (!decoded.ok) return { ok: false, code: decoded.code };
    ({ text, encoding } = decoded);
  }
  try {
    const read = readIcsFile(text, options);
    return { ok: true, preview: { ...read, encoding } };
  } catch (error) {
    return { ok: false, code: error instanceof IcsReadError ? error.code : 'malformed' };
  }
}
