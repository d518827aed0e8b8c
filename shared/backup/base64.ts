// Base64 for bytes without Buffer or btoa, so attachments travel inside a JSON backup on both sides.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 3 * 4096;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    let out = '';
    for (let i = start; i < end; i += 3) {
      const a = bytes[i]!;
      const b = i + 1 < end ? bytes[i + 1]! : 0;
      const c = i + 2 < end ? bytes[i + 2]! : 0;
      out += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | (b >> 4)]!;
      out += i + 1 < end ? ALPHABET[((b & 15) << 2) | (c >> 6)]! : '=';
      out += i + 2 < end ? ALPHABET[c & 63]! : '=';
    }
    parts.push(out);
  }
  return parts.join('');
}

/** Decodes strict base64 (padded, no whitespace); returns null for anything else. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    const values = [0, 1, 2, 3].map((k) => {
      const code = text.charCodeAt(i + k);
      if (last && k >= 4 - padding && code === 61) return 0;
      return code < 128 ? LOOKUP[code]! : -1;
    });
    if (values.some((v) => v < 0)) return null;
    const [a, b, c, d] = values as [number, number, number, number];
    // Canonical only: the bits a padded group leaves unused must be zero, so one text means one byte string.
    if (last && ((padding === 1 && (c & 3) !== 0) || (padding === 2 && (b & 15) !== 0))) return null;
    const triple = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = triple >> 16;
    if (o < out.length) out[o++] = (triple >> 8) & 255;
    if (o < out.length) out[o++] = triple & 255;
  }
  return out;
}
