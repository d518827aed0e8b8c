// Renders the dossier model as one self-contained, print-ready HTML page; every field is escaped text.
import type { DossierBlock, DossierDocument } from './dossierTypes';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface DossierHtmlOptions {
  /**
   * Page numbers and the running header drawn by CSS page-margin boxes (browser printing, saved HTML).
   * The desktop PDF turns this off: Chromium's own header and footer templates draw them there.
   */
  marginBoxes: boolean;
}

/** No scripts, no remote anything: the page only styles itself. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** A CSS string literal for `content:`; quotes, backslashes and line breaks escaped. */
function cssString(value: string): string {
  return `"${value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n\f]/g, ' ')
    .replace(/</g, '\\3c ')}"`;
}

function styles(doc: DossierDocument, options: DossierHtmlOptions): string {
  const margin = options.marginBoxes
    ? `@top-center { content: ${cssString(doc.header)}; font-size: 8pt; color: #555; font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; }
    @bottom-center { content: ${cssString(doc.pageWords.page + ' ')} counter(page) ${cssString(' ' + doc.pageWords.of + ' ')} counter(pages); font-size: 8pt; color: #555; font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; }`
    : '';
  return `@page { size: A4; margin: 18mm 15mm 18mm 15mm; ${margin} }
  * { box-sizing: border-box; }
  body { font-family: "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif; font-size: 10pt; color: #111; margin: 0; line-height: 1.35; }
  h1, h2, h3, p, dd, dt { overflow-wrap: anywhere; word-break: break-word; }
  /* A cell is at least as wide as its longest word and never splits one; only a token longer than a line may wrap. */
  td, th { overflow-wrap: break-word; word-break: normal; hyphens: manual; }
  .cover { page-break-after: always; break-after: page; padding-top: 40mm; }
  .letterhead { display: flex; gap: 4mm; align-items: center; margin-bottom: 12mm; color: #333; font-size: 9pt; }
  .letterhead img { height: 18mm; width: auto; }
  .letterhead div:first-of-type { font-weight: bold; }
  .cover .doc-title { font-size: 12pt; text-transform: uppercase; letter-spacing: .08em; color: #444; }
  .cover h1 { font-size: 22pt; margin: 4mm 0 2mm; }
  .cover .kind { color: #444; margin-bottom: 8mm; }
  section { margin-bottom: 6mm; }
  h2 { font-size: 14pt; border-bottom: 1px solid #999; padding-bottom: 1mm; margin: 6mm 0 3mm; break-after: avoid; }
  h3 { font-size: 11pt; margin: 4mm 0 2mm; break-after: avoid; }
  dl { display: grid; grid-template-columns: 45mm 1fr; gap: 1mm 4mm; margin: 0 0 3mm; }
  dt { font-weight: bold; }
  dd { margin: 0; white-space: pre-wrap; }
  table { width: 100%; border-collapse: collapse; margin-bottom: 3mm; }
  th, td { border: 1px solid #bbb; padding: 1mm 1.5mm; text-align: left; vertical-align: top; white-space: pre-wrap; }
  th { background: #eee; }
  td.compact { white-space: nowrap; }
  tr { break-inside: avoid; }
  .empty { color: #555; font-style: italic; }
  @media screen { body { max-width: 190mm; margin: 0 auto; padding: 10mm 8mm; } .cover { padding-top: 10mm; } }`;
}

function block(b: DossierBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'empty':
      return `<p class="empty">${escapeHtml(b.text)}</p>`;
    case 'subheading':
      return `<h3>${escapeHtml(b.text)}</h3>`;
    case 'facts':
      return `<dl>${b.rows.map((r) => `<dt>${escapeHtml(r.label)}</dt><dd>${escapeHtml(r.value)}</dd>`).join('')}</dl>`;
    case 'table':
      return `<table><thead><tr>${b.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>${b.rows
        .map(
          (row) =>
            `<tr>${row.map((cell, i) => `<td${b.compact?.includes(i) ? ' class="compact"' : ''}>${escapeHtml(cell)}</td>`).join('')}</tr>`,
        )
        .join('')}</tbody></table>`;
    default: {
      const never: never = b;
      throw new Error(`Unexpected block: ${JSON.stringify(never)}`);
    }
  }
}

export function renderDossierHtml(doc: DossierDocument, options: DossierHtmlOptions = { marginBoxes: true }): string {
  const head = doc.letterhead;
  const logo = head.logo ? `<img src="${escapeHtml(head.logo)}" alt="${escapeHtml(head.logoAlt)}">` : '';
  const letterhead =
    head.lines.length > 0 || logo
      ? `<div class="letterhead">${logo}<div>${head.lines.map((l) => `<div>${escapeHtml(l)}</div>`).join('')}</div></div>`
      : '';
  const cover = `<header class="cover">${letterhead}<div class="doc-title">${escapeHtml(doc.title)}</div><h1>${escapeHtml(doc.cover.visitTitle)}</h1><div class="kind">${escapeHtml(doc.cover.kind)}</div><dl>${doc.cover.facts
    .map((r) => `<dt>${escapeHtml(r.label)}</dt><dd>${escapeHtml(r.value)}</dd>`)
    .join('')}</dl></header>`;
  const sections = doc.sections
    .map(
      (s) =>
        `<section id="${escapeHtml(s.id)}"><h2>${escapeHtml(s.heading)}</h2>${s.blocks.map(block).join('')}</section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${doc.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${doc.title}: ${doc.cover.visitTitle}`)}</title>
<style>${styles(doc, options)}</style>
</head>
<body>
${cover}
<main>
${sections}
</main>
</body>
</html>
`;
}
