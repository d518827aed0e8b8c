// The text of an ICS file's bytes, decoded a slice at a time (the whole text is never held): UTF-8 (with or without
// BOM) or UTF-16 with a BOM as written; otherwise the charset the file names (CHARSET=…), else the Central European
// single-byte charset that fits Polish text best (Windows-1250 or ISO-8859-2). A charset that cannot be decoded is
// refused, never read as "�". UTF-8 and Windows-1250 are decoded by textSlices (strings the young generation takes
// back with their slice), the others by TextDecoder, whose strings outlive their slice until a full collection.
import { isUtf8, textSlices as byteSlices } from './textSlices';

export type IcsEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1250' | 'iso-8859-2' | (string & {});

/** The file's text as slices, decoded anew each time it is iterated. */
export type IcsSlices = () => Iterable<string>;

export type DecodedIcs = { ok: true; slices: IcsSlices; encoding: IcsEncoding } | { ok: false; code: 'encoding' };

/**
 * Bytes decoded per slice: small, as what is alive of the text at each young collection is carried over (with 8 KB,
 * the worker's young generation grew from 2 to 4 MB over a 5,000-event file; with 1 KB it stays at 2 MB).
 */
export const SLICE_BYTES = 1024;

const POLISH = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/;

/** Per byte of a single-byte charset: 1 for a Polish letter, -1 for a C1 control (not text in it), else 0. */
const byteClasses = new Map<string, Int8Array>();
function classesOf(encoding: 'windows-1250' | 'iso-8859-2'): Int8Array {
  let classes = byteClasses.get(encoding);
  if (!classes) {
    const chars = new TextDecoder(encoding).decode(Uint8Array.from({ length: 256 }, (_, b) => b));
    classes = Int8Array.from(chars, (c) => (/[\u0080-\u009f]/.test(c) ? -1 : POLISH.test(c) ? 1 : 0));
    byteClasses.set(encoding, classes);
  }
  return classes;
}

/**
 * How many Polish letters the bytes hold read in a single-byte charset, counted byte by byte (no text is made);
 * undefined when they hold a C1 control there (0x80–0x9F in ISO-8859-2), which no text has.
 */
function polishScore(bytes: Uint8Array, encoding: 'windows-1250' | 'iso-8859-2'): number | undefined {
  const classes = classesOf(encoding);
  let score = 0;
  for (const b of bytes) {
    const c = classes[b]!;
    if (c < 0) return undefined;
    score += c;
  }
  return score;
}

/** The text of `bytes` in `encoding`, a slice at a time; throws on bytes the charset cannot have (or an unknown one). */
function* decodeSlices(bytes: Uint8Array, encoding: string, sliceBytes: number): Generator<string> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  for (let at = 0; at < bytes.length; at += sliceBytes)
    yield decoder.decode(bytes.subarray(at, at + sliceBytes), { stream: true });
  yield decoder.decode();
}

/** True when every slice of `bytes` decodes in `encoding` (nothing kept). */
function decodes(bytes: Uint8Array, encoding: string, sliceBytes: number): boolean {
  try {
    for (const slice of decodeSlices(bytes, encoding, sliceBytes)) void slice;
    return true;
  } catch {
    return false;
  }
}

/** The charset a client named inside the file (`CHARSET=…` parameter or `X-…-CHARSET:` line), if any. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256 * 1024));
  const m = /CHARSET[=:]\s*"?([A-Za-z0-9_.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/** How to read the bytes: the charset, and the bytes its BOM takes; undefined when no charset fits. */
function charsetOf(bytes: Uint8Array, sliceBytes: number): { encoding: IcsEncoding; skip: number } | undefined {
  const fits = (encoding: string, skip = 0) => decodes(bytes.subarray(skip), encoding, sliceBytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return isUtf8(bytes.subarray(3)) ? { encoding: 'utf-8', skip: 3 } : undefined;
  for (const [b0, b1, encoding] of [
    [0xff, 0xfe, 'utf-16le'],
    [0xfe, 0xff, 'utf-16be'],
  ] as const) {
    if (bytes[0] === b0 && bytes[1] === b1) return fits(encoding, 2) ? { encoding, skip: 2 } : undefined;
  }
  // Every other byte NUL: UTF-16 without its BOM, which cannot be told apart from other binary safely.
  const head = bytes.subarray(0, 4096);
  if (head.length > 16 && head.filter((b) => b === 0).length > head.length / 4) return undefined;
  if (isUtf8(bytes)) return { encoding: 'utf-8', skip: 0 };
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8')
    return fits(declared) ? { encoding: declared, skip: 0 } : undefined;
  const candidates = (['windows-1250', 'iso-8859-2'] as const).flatMap((encoding) => {
    const score = polishScore(bytes, encoding);
    return score === undefined ? [] : [{ encoding, score }];
  });
  const best = candidates.sort((a, b) => b.score - a.score)[0];
  return best && { encoding: best.encoding, skip: 0 };
}

/**
 * The file's charset and its text as slices of about `sliceBytes` bytes (smaller in tests, to cut it everywhere; a
 * UTF-8 slice ends where a character does).
 */
export function decodeIcs(bytes: Uint8Array, sliceBytes = SLICE_BYTES): DecodedIcs {
  const charset = charsetOf(bytes, sliceBytes);
  if (!charset) return { ok: false, code: 'encoding' };
  const body = bytes.subarray(charset.skip);
  const { encoding } = charset;
  const byHand = encoding === 'utf-8' ? 'utf-8' : encoding === 'windows-1250' ? 'windows-1250' : undefined;
  if (byHand)
    return {
      ok: true,
      encoding,
      slices: function* () {
        for (const [text] of byteSlices(body, 0, byHand, sliceBytes)) yield text;
      },
    };
  return { ok: true, encoding, slices: () => decodeSlices(body, encoding, sliceBytes) };
}

/** A text already decoded, as slices of `size` characters. */
export function textSlices(text: string, size = SLICE_BYTES): IcsSlices {
  return function* () {
    for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
  };
}
