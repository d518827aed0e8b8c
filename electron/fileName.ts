// Cleans a file name suggested to a save dialog so that it cannot leave the chosen folder.

/** Windows device names, with or without an extension and trailing dots or spaces (`CON`, `nul.txt`, `aux .csv`). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])[\s.]*(\..*)?$/i;
/** Control and invisible characters: C0/C1 controls, bidi overrides (`faktura‮fdp.exe`), line separators, BOM. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]|\p{Cs}/gu;
/** Path separators and characters Windows refuses, plus full-width look-alikes that ANSI APIs map to them. */
const SEPARATORS = /[/\\:*?"<>|\uff0f\uff3c\uff1a\u2215\u2044\u29f8]/g;
const MAX_BYTES = 200;

/**
 * Returns a safe single file name: no separators, control or invisible characters, no Windows reserved
 * names, no leading or trailing dots or spaces, at most 200 UTF-8 bytes with the extension kept.
 */
export function safeFileName(suggested: string, fallback = 'export'): string {
  let name = suggested
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(SEPARATORS, '_')
    .replace(/^[\s._]+/, '')
    .replace(/[\s.]+$/, '');
  if (!name || /^_+$/.test(name)) name = fallback;
  name = truncateBytes(name, MAX_BYTES - 1);
  return WINDOWS_RESERVED.test(name) ? `_${name}` : name;
}

function truncateBytes(name: string, max: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(name).length <= max) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  let stem = Array.from(ext ? name.slice(0, dot) : name);
  while (stem.length > 0 && encoder.encode(stem.join('') + ext).length > max) stem = stem.slice(0, -1);
  return (stem.join('').replace(/[\s.]+$/, '') || 'export') + ext;
}
