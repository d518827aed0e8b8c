// Finds e-mail addresses in free text (a delegation member's contact line) so the UI can link each to the mail program.

/** One plain address: the same characters main's mailto: guard accepts (electron/security.ts), a dot in the domain. */
const EMAIL = /[^\s@<>()[\]\\,;:"%?#&/]+@[^\s@<>()[\]\\,;:"%?#&/]+\.[^\s@<>()[\]\\,;:"%?#&/.]+/g;

export interface TextPart {
  text: string;
  /** True when `text` is an e-mail address to link. */
  email: boolean;
}

/** Splits `text` into plain runs and addresses, in order; joined back they give `text` unchanged. */
export function splitEmails(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(EMAIL)) {
    const start = match.index;
    if (start > at) parts.push({ text: text.slice(at, start), email: false });
    parts.push({ text: match[0], email: match[0].length <= 254 });
    at = start + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), email: false });
  return parts;
}

/** The link that opens an empty message to `address` in the user's mail program. */
export const mailtoHref = (address: string): string => `mailto:${address}`;
