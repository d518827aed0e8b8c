// The print window's own Content-Security-Policy: main puts it into every page it prints, whatever the
// renderer sent, so a printed page can load nothing from disk or network (inline styles and data: images only).

export const PRINT_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

const META = `<meta http-equiv="Content-Security-Policy" content="${PRINT_CONTENT_SECURITY_POLICY}">`;

/** The page with the policy first in its head (right after a doctype, where the parser opens the head). */
export function withPrintPolicy(html: string): string {
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  return doctype ? `${doctype[0]}${META}${html.slice(doctype[0].length)}` : `${META}${html}`;
}
