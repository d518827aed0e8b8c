// The coat of arms or logo: recognised by its first bytes (PNG, JPEG, WebP) and kept as a size-capped data URL.
import { LOGO_MAX_CHARS } from './setting';

/** The largest logo file accepted, in bytes (its data URL stays under LOGO_MAX_CHARS). */
export const LOGO_MAX_BYTES = 200 * 1024;

export type LogoResult = { ok: true; dataUrl: string } | { ok: false; error: 'logo.tooLarge' | 'logo.invalid' };

function imageType(bytes: Uint8Array): 'png' | 'jpeg' | 'webp' | null {
  const at = (i: number) => bytes[i] ?? -1;
  if (at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) return 'png';
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'jpeg';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length > 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return null;
}

/** A file's bytes as the profile's logo, or why not. */
export function logoFromBytes(bytes: Uint8Array): LogoResult {
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, error: 'logo.tooLarge' };
  const type = imageType(bytes);
  if (!type) return { ok: false, error: 'logo.invalid' };
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const dataUrl = `data:image/${type};base64,${btoa(binary)}`;
  return dataUrl.length > LOGO_MAX_CHARS ? { ok: false, error: 'logo.tooLarge' } : { ok: true, dataUrl };
}

/** A data URL's bytes and type, for documents that embed the image (DOCX). */
export function logoBytes(dataUrl: string): { type: 'png' | 'jpg'; data: Uint8Array } | null {
  const match = /^data:image\/(png|jpeg);base64,(.+)$/.exec(dataUrl);
  if (!match) return null;
  const binary = atob(match[2]!);
  const data = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return { type: match[1] === 'png' ? 'png' : 'jpg', data };
}

/** An image's width and height in pixels, read from a PNG header or a JPEG frame marker. */
export function imageSize(data: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data[0] === 0x89 && data.length >= 24) return { width: view.getUint32(16), height: view.getUint32(20) };
  for (let i = 2; i + 9 < data.length;) {
    if (data[i] !== 0xff) return null;
    const marker = data[i + 1]!;
    const length = view.getUint16(i + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) return { height: view.getUint16(i + 5), width: view.getUint16(i + 7) };
    i += 2 + length;
  }
  return null;
}
