// The text of an ICS file's bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM as written; otherwise the
// charset the file names (CHARSET=…), else the Central European single-byte charset that fits Polish text best
// (Windows-1250 or ISO-8859-2). A charset that cannot be decoded is refused, never read as "�".

export type IcsEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1250' | 'iso-8859-2' | (string & {});

export type DecodedIcs = { ok: true; text: string; encoding: IcsEncoding } | { ok: false; code: 'encoding' };

const POLISH = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/g;

function decode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The charset a client named inside the file (`CHARSET=…` parameter or `X-…-CHARSET:` line), if any. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256 * 1024));
  const m = /CHARSET[=:]\s*"?([A-Za-z0-9_.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

export function decodeIcs(bytes: Uint8Array): DecodedIcs {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decode(bytes.subarray(3), 'utf-8');
    return text === undefined ? { ok: false, code: 'encoding' } : { ok: true, text, encoding: 'utf-8' };
  }
  for (const [b0, b1, encoding] of [
    [0xff, 0xfe, 'utf-16le'],
    [0xfe, 0xff, 'utf-16be'],
  ] as const) {
    if (bytes[0] === b0 && bytes[1] === b1) {
      const text = decode(bytes.subarray(2), encoding);
      return text === undefined ? { ok: false, code: 'encoding' } : { ok: true, text, encoding };
    }
  }
  // Every other byte NUL: UTF-16 without its BOM, which cannot be told apart from other binary safely.
  const head = bytes.subarray(0, 4096);
  if (head.length > 16 && head.filter((b) => b === 0).length > head.length / 4) return { ok: false, code: 'encoding' };
  const utf8 = decode(bytes, 'utf-8');
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' };
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    const text = decode(bytes, declared);
    return text === undefined ? { ok: false, code: 'encoding' } : { ok: true, text, encoding: declared };
  }
  const candidates = (['windows-1250', 'iso-8859-2'] as const).flatMap((encoding) => {
    const text = decode(bytes, encoding);
    // Control characters C1 (0x80–0x9F in ISO-8859-2) mean the bytes are not that charset.
    if (text === undefined || /[\u0080-\u009f]/.test(text)) return [];
    return [{ text, encoding, score: text.match(POLISH)?.length ?? 0 }];
  });
  const best = candidates.sort((a, b) => b.score - a.score)[0];
  return best ? { ok: true, text: best.text, encoding: best.encoding } : { ok: false, code: 'encoding' };
}
