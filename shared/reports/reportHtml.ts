// The annual report as one print-ready HTML page (A4, the same print path as the dossier); all text escaped.
import { escapeHtml } from '../export/dossierHtml';
import type { ReportTable } from './tables';

export interface ReportDocument {
  title: string;
  subtitle: string;
  generated: string;
  /** Running header and page words for the browser's page-margin boxes. */
  header: string;
  page: string;
  tables: readonly ReportTable[];
  emptyText: string;
  /** The office's letterhead above the title: its lines and the coat of arms as a data URL. */
  letterhead?: { lines: readonly string[]; logo?: string; logoAlt: string };
}

const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const css = (header: string, page: string) => `@page { size: A4; margin: 18mm 15mm;
  @top-center { content: "${header.replace(/["\\\n\r]/g, ' ')}"; font-size: 8pt; color: #555; }
  @bottom-center { content: "${page.replace(/["\\\n\r]/g, ' ')} " counter(page); font-size: 8pt; color: #555; } }
body { font-family: "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif; font-size: 10pt; color: #111; margin: 0; }
h1 { font-size: 18pt; margin: 0 0 2mm; } h2 { font-size: 12pt; margin: 6mm 0 2mm; break-after: avoid; }
p { margin: 0 0 2mm; } .muted { color: #555; font-style: italic; }
table { width: 100%; border-collapse: collapse; } th, td { border: 1px solid #bbb; padding: 1mm 1.5mm; text-align: left; overflow-wrap: anywhere; }
th { background: #eee; } tr { break-inside: avoid; } td.num { text-align: right; }
.letterhead { display: flex; gap: 4mm; align-items: center; margin-bottom: 8mm; font-size: 9pt; color: #333; }
.letterhead img { height: 16mm; width: auto; } .letterhead div:first-of-type { font-weight: bold; }`;

function letterhead(head: ReportDocument['letterhead']): string {
  if (!head || (head.lines.length === 0 && !head.logo)) return '';
  const logo = head.logo ? `<img src="${escapeHtml(head.logo)}" alt="${escapeHtml(head.logoAlt)}">` : '';
  return `<header class="letterhead">${logo}<div>${head.lines.map((l) => `<div>${escapeHtml(l)}</div>`).join('')}</div></header>`;
}

function table(t: ReportTable, emptyText: string): string {
  const body =
    t.rows.length === 0
      ? `<p class="muted">${escapeHtml(emptyText)}</p>`
      : `<table><thead><tr>${t.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${t.rows
          .map(
            (r) =>
              `<tr>${r.map((c) => `<td${typeof c === 'number' ? ' class="num"' : ''}>${escapeHtml(String(c))}</td>`).join('')}</tr>`,
          )
          .join('')}</tbody></table>`;
  return `<section><h2>${escapeHtml(t.title)}</h2>${body}</section>`;
}

export function renderReportHtml(doc: ReportDocument, lang: string): string {
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}"><title>${escapeHtml(doc.title)}</title>
<style>${css(doc.header, doc.page)}</style></head><body>
${letterhead(doc.letterhead)}
<h1>${escapeHtml(doc.title)}</h1><p>${escapeHtml(doc.subtitle)}</p><p class="muted">${escapeHtml(doc.generated)}</p>
${doc.tables.map((t) => table(t, doc.emptyText)).join('\n')}
</body></html>`;
}
