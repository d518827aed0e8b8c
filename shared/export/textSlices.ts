// A file's bytes as text, a slice at a time, made by hand rather than by TextDecoder: a decoder's strings live
// outside the JS heap and stay until a full collection, so reading a file that way keeps all of its text at once
// (in a worker, as much again as the file); strings made here are ordinary ones that die young with their slice.
// Only bytes whose decoding is plain are read here (valid UTF-8, Windows-1250); the rest goes to TextDecoder.

/**
 * True when `bytes` are well-formed UTF-8, exactly as a fatal TextDecoder accepts them (the WHATWG decoder: no
 * overlong forms, no surrogates, nothing above U+10FFFF, no sequence cut off at the end). Checked without making text.
 */
export function isUtf8(bytes: Uint8Array): boolean {
  const length = bytes.length;
  let at = 0;
  while (at < length) {
    const lead = bytes[at]!;
    if (lead < 0x80) {
      at++;
      continue;
    }
    // How many continuation bytes follow, and the range the first of them must be in.
    let follow: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) follow = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      follow = 2;
      if (lead === 0xe0) low = 0xa0;
      else if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      follow = 3;
      if (lead === 0xf0) low = 0x90;
      else if (lead === 0xf4) high = 0x8f;
    } else return false;
    if (at + follow >= length) return false;
    const first = bytes[at + 1]!;
    if (first < low || first > high) return false;
    for (let k = 2; k <= follow; k++) {
      const next = bytes[at + k]!;
      if (next < 0x80 || next > 0xbf) return false;
    }
    at += follow + 1;
  }
  return true;
}

/** The UTF-16 unit of each Windows-1250 byte, as the platform's own decoder maps them. */
let windows1250: Uint16Array | undefined;
function windows1250Units(): Uint16Array {
  if (windows1250) return windows1250;
  const high = new TextDecoder('windows-1250').decode(Uint8Array.from({ length: 128 }, (_, i) => 128 + i));
  windows1250 = Uint16Array.from({ length: 256 }, (_, b) => (b < 128 ? b : high.charCodeAt(b - 128)));
  return windows1250;
}

/** Text of UTF-16 units, a few thousand at a time (the arguments of one call). */
function textOf(units: Uint16Array, length: number): string {
  return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
}

/** Valid UTF-8 from `from` to `to` (both at the start of a character) as UTF-16 units; their count. */
function utf8Units(bytes: Uint8Array, from: number, to: number, units: Uint16Array): number {
  let n = 0;
  for (let at = from; at < to;) {
    const lead = bytes[at]!;
    if (lead < 0x80) {
      units[n++] = lead;
      at++;
    } else if (lead < 0xe0) {
      units[n++] = ((lead & 0x1f) << 6) | (bytes[at + 1]! & 0x3f);
      at += 2;
    } else if (lead < 0xf0) {
      units[n++] = ((lead & 0x0f) << 12) | ((bytes[at + 1]! & 0x3f) << 6) | (bytes[at + 2]! & 0x3f);
      at += 3;
    } else {
      const point =
        (((lead & 0x07) << 18) |
          ((bytes[at + 1]! & 0x3f) << 12) |
          ((bytes[at + 2]! & 0x3f) << 6) |
          (bytes[at + 3]! & 0x3f)) -
        0x10000;
      units[n++] = 0xd800 + (point >> 10);
      units[n++] = 0xdc00 + (point & 0x3ff);
      at += 4;
    }
  }
  return n;
}

/**
 * The text of `bytes` from `start`, in slices of about `chunkBytes` (a UTF-8 slice ends where a character does), each
 * with the bytes read up to its end: Windows-1250, or UTF-8 when the bytes are valid UTF-8 (see isUtf8).
 */
export function* textSlices(
  bytes: Uint8Array,
  start: number,
  encoding: 'utf-8' | 'windows-1250',
  chunkBytes: number,
): Generator<[text: string, done: number]> {
  const units = new Uint16Array(chunkBytes + 3);
  const table = encoding === 'windows-1250' ? windows1250Units() : undefined;
  for (let at = start; at < bytes.length;) {
    let end = Math.min(bytes.length, at + chunkBytes);
    let length: number;
    if (table) {
      for (let i = at; i < end; i++) units[i - at] = table[bytes[i]!]!;
      length = end - at;
    } else {
      // Continuation bytes (10xxxxxx) belong to the character before them.
      while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end++;
      length = utf8Units(bytes, at, end, units);
    }
    yield [textOf(units, length), end];
    at = end;
  }
}
