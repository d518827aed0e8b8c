// The one entry point for reading an ICS file: text or bytes in, the import preview (events, parts left out, time
// zones placed by name, the charset read) or a refusal code out, handed on as it is read (a worker posts each part
// to the page and keeps none) or whole. Pure; safe in a worker.
import { decodeIcs, textSlices, type IcsEncoding, type IcsSlices } from './icsText';
import {
  icsReadCollector,
  IcsReadError,
  streamIcs,
  type IcsRead,
  type IcsReadErrorCode,
  type IcsReadPart,
  type ReadOptions,
} from './icsRead';

export interface IcsPreview extends IcsRead {
  encoding: IcsEncoding;
}

export type IcsPreviewResult = { ok: true; preview: IcsPreview } | { ok: false; code: IcsReadErrorCode };

/** A part of the preview as it is read: the read's own parts (the last with the charset), or the refusal. */
export type IcsPreviewPart =
  | Exclude<IcsReadPart, { type: 'end' }>
  | (Extract<IcsReadPart, { type: 'end' }> & { encoding: IcsEncoding })
  | { type: 'refused'; code: IcsReadErrorCode };

export interface StreamOptions extends ReadOptions {
  /** Bytes (or characters of a text) decoded at a time; small in tests, to cut the text everywhere. */
  sliceSize?: number;
}

/** Reads an ICS file part by part as the import preview shows it; never throws for anything a file can contain. */
export function streamIcsPreview(
  input: string | Uint8Array,
  emit: (part: IcsPreviewPart) => void,
  options: StreamOptions = {},
): void {
  let slices: IcsSlices;
  let encoding: IcsEncoding = 'utf-8';
  if (typeof input === 'string') slices = textSlices(input, options.sliceSize);
  else {
    const decoded = decodeIcs(input, options.sliceSize);
    if (!decoded.ok) return emit({ type: 'refused', code: decoded.code });
    ({ slices, encoding } = decoded);
  }
  try {
    streamIcs(slices, (part) => emit(part.type === 'end' ? { ...part, encoding } : part), options);
  } catch (error) {
    emit({ type: 'refused', code: error instanceof IcsReadError ? error.code : 'malformed' });
  }
}

/** The preview assembled from its parts: the result once the last part is taken, else undefined. */
export function icsPreviewCollector(): (part: IcsPreviewPart) => IcsPreviewResult | undefined {
  const collect = icsReadCollector();
  return (part) => {
    if (part.type === 'refused') return { ok: false, code: part.code };
    const read = collect(part);
    return read && part.type === 'end' ? { ok: true, preview: { ...read, encoding: part.encoding } } : undefined;
  };
}

/** Reads an ICS file as the import preview shows it, whole; never throws for anything a file can contain. */
export function previewIcs(input: string | Uint8Array, options: StreamOptions = {}): IcsPreviewResult {
  const collect = icsPreviewCollector();
  let result: IcsPreviewResult = { ok: false, code: 'malformed' };
  streamIcsPreview(input, (part) => (result = collect(part) ?? result), options);
  return result;
}
