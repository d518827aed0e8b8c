// Byte helpers for reading a backup file as its bytes arrive: finding this app's own markers (ASCII bytes never occur
// inside a UTF-8 sequence) and joining a held-back head to the next chunk.

/** Where `key` first occurs in `bytes` at or after `from`, or -1. */
export function indexOfBytes(bytes: Uint8Array, key: Uint8Array, from = 0): number {
  for (let at = bytes.indexOf(key[0]!, from); at >= 0; at = bytes.indexOf(key[0]!, at + 1)) {
    if (at + key.length > bytes.length) return -1;
    if (key.every((byte, i) => bytes[at + i] === byte)) return at;
  }
  return -1;
}

export function joinBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
