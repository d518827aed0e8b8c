// Renders the dossier model as an editable Word document; the docx library loads only when asked for.
import type * as DocxModule from 'docx';
import { imageSize, logoBytes } from '../domain/logo';
import type { Language } from '../ipc';
import { columnWidths } from './docxColumns';
import type { DossierBlock, DossierDocument } from './dossierTypes';

type Docx = typeof DocxModule;

/** A4 with Word's 2.54 cm margins: the text spans 11,906 − 2 × 1,440 twips. */
const PAGE = { width: 11906, height: 16838, margin: 1440 };
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Body text 10 pt; tables 9 pt, or 8 pt where the longest words would not fit at 9 (sizes in half-points). */
const BODY_SIZE = 20;
const TABLE_SIZES = [18, 16];
/** Each cell's left and right padding (0.15 cm) in twips. */
const CELL_MARGIN = 85;

/** The language tag every run inherits, so spelling and hyphenation follow the dossier's language. */
export const documentLanguage: Record<Language, string> = { pl: 'pl-PL', en: 'en-GB' };

function blockParts(d: Docx, b: DossierBlock): (InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>)[] {
  switch (b.kind) {
    case 'paragraph':
      return [new d.Paragraph({ children: [new d.TextRun(b.text)] })];
    case 'empty':
      return [new d.Paragraph({ children: [new d.TextRun({ text: b.text, italics: true })] })];
    case 'subheading':
      return [new d.Paragraph({ heading: d.HeadingLevel.HEADING_3, children: [new d.TextRun(b.text)] })];
    case 'facts':
      return b.rows.map(
        (r) =>
          new d.Paragraph({ children: [new d.TextRun({ text: `${r.label}: `, bold: true }), new d.TextRun(r.value)] }),
      );
    case 'table': {
      const layouts = TABLE_SIZES.map((halfPoints) => ({
        halfPoints,
        ...columnWidths({ ...b, halfPoints, cellPadding: 2 * CELL_MARGIN, total: TEXT_WIDTH }),
      }));
      const { widths, halfPoints } = layouts.find((l) => l.fits) ?? layouts[layouts.length - 1]!;
      const cell = (text: string, bold = false) =>
        new d.TableCell({
          children: [
            new d.Paragraph({ children: [new d.TextRun({ text, size: halfPoints, ...(bold ? { bold } : {}) })] }),
          ],
        });
      return [
        new d.Table({
          width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
          columnWidths: widths,
          layout: d.TableLayoutType.FIXED,
          margins: { left: CELL_MARGIN, right: CELL_MARGIN },
          rows: [
            new d.TableRow({ tableHeader: true, children: b.columns.map((c) => cell(c, true)) }),
            ...b.rows.map((row) => new d.TableRow({ children: row.map((c) => cell(c)) })),
          ],
        }),
        new d.Paragraph({ children: [] }),
      ];
    }
    default: {
      const never: never = b;
      throw new Error(`Unexpected block: ${JSON.stringify(never)}`);
    }
  }
}

/** The office's coat of arms (PNG or JPEG, 2 cm high) and letterhead lines above the cover. */
function letterheadParts(d: Docx, doc: DossierDocument): InstanceType<Docx['Paragraph']>[] {
  const logo = doc.letterhead.logo ? logoBytes(doc.letterhead.logo) : null;
  const size = logo ? imageSize(logo.data) : null;
  const parts: InstanceType<Docx['Paragraph']>[] = [];
  if (logo && size && size.height > 0) {
    const height = 76;
    const width = Math.round((size.width / size.height) * height);
    parts.push(
      new d.Paragraph({
        children: [
          new d.ImageRun({
            type: logo.type,
            data: logo.data,
            transformation: { width, height },
            altText: {
              name: doc.letterhead.logoAlt,
              description: doc.letterhead.logoAlt,
              title: doc.letterhead.logoAlt,
            },
          }),
        ],
      }),
    );
  }
  doc.letterhead.lines.forEach((line, i) =>
    parts.push(new d.Paragraph({ children: [new d.TextRun({ text: line, bold: i === 0, size: 18 })] })),
  );
  if (parts.length > 0) parts.push(new d.Paragraph({ children: [] }));
  return parts;
}

/** The .docx bytes: cover, then one heading per section; header with the gmina, footer with page numbers. */
export async function renderDossierDocx(doc: DossierDocument): Promise<Uint8Array<ArrayBuffer>> {
  const d = await import('docx');
  const cover = [
    ...letterheadParts(d, doc),
    new d.Paragraph({ children: [new d.TextRun({ text: doc.title.toUpperCase(), size: 24 })] }),
    new d.Paragraph({ heading: d.HeadingLevel.TITLE, children: [new d.TextRun(doc.cover.visitTitle)] }),
    new d.Paragraph({ children: [new d.TextRun({ text: doc.cover.kind, italics: true })] }),
    ...blockParts(d, { kind: 'facts', rows: doc.cover.facts }),
    new d.Paragraph({ children: [new d.PageBreak()] }),
  ];
  const body = doc.sections.flatMap((s) => [
    new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: [new d.TextRun(s.heading)] }),
    ...s.blocks.flatMap((b) => blockParts(d, b)),
  ]);
  const file = new d.Document({
    creator: doc.header,
    title: `${doc.title}: ${doc.cover.visitTitle}`,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: BODY_SIZE, language: { value: documentLanguage[doc.language] } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        headers: {
          default: new d.Header({
            children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun(doc.header)] })],
          }),
        },
        footers: {
          default: new d.Footer({
            children: [
              new d.Paragraph({
                alignment: d.AlignmentType.CENTER,
                children: [
                  new d.TextRun({
                    children: [
                      `${doc.pageWords.page} `,
                      d.PageNumber.CURRENT,
                      ` ${doc.pageWords.of} `,
                      d.PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [...cover, ...body],
      },
    ],
  });
  return new Uint8Array(await d.Packer.toArrayBuffer(file));
}
