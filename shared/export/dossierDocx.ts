// Renders the dossier model as an editable Word document; the docx library loads only when asked for.
import type * as DocxModule from 'docx';
import type { DossierBlock, DossierDocument } from './dossierTypes';

type Docx = typeof DocxModule;

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
      const cell = (text: string, bold = false) =>
        new d.TableCell({ children: [new d.Paragraph({ children: [new d.TextRun({ text, bold })] })] });
      return [
        new d.Table({
          width: { size: 100, type: d.WidthType.PERCENTAGE },
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

/** The .docx bytes: cover, then one heading per section; header with the gmina, footer with page numbers. */
export async function renderDossierDocx(doc: DossierDocument): Promise<Uint8Array<ArrayBuffer>> {
  const d = await import('docx');
  const cover = [
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
    styles: { default: { document: { run: { font: 'Calibri', size: 20 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
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
