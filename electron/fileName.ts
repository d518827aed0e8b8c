// Cleans a file name suggested to a save dialog so that it cannot leave the chosen folder.

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const MAX_BYTES = 200;

/**
 * Returns a safe single file name: no separators or control characters, no Windows reserved
 * names, no trailing dots or spaces, at most 200 UTF-8 bytes with the extension kept.
 */
export function safeFileName(suggested: string, fallback = 'export'): string {
  let name = suggested
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[/\\:*?"<>|]/g, '_')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '')
    .trim();
  if (!name || /^_+$/.test(name)) name = fallback;
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  return truncateBytes(name, MAX_BYTES);
}

function truncateBytes(name: string, max: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(name).length <= max) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  let stem = ext ? name.slice(0, dot) : name;
  while (encoder.encode(stem + ext).length > max) stem = Array.from(stem).slice(0, -1).join('');
  return (stem.replace(/[\s.]+$/, '') || 'export') + ext;
}
