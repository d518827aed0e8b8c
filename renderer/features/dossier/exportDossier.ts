// Builds the dossier for a visit in the chosen language and hands it out as PDF, HTML or DOCX.
import type { DossierDocument, DossierOptions } from '../../../shared/export/dossier';
import { buildDossier } from '../../../shared/export/dossier';
import { renderDossierHtml } from '../../../shared/export/dossierHtml';
import type { Language } from '../../../shared/ipc';
import type { Canceled, Result } from '../../../shared/result';
import { gatherDossierData } from '../../db/repositories/visits';
import { platform } from '../../platform';

export type DossierFormat = 'pdf' | 'html' | 'docx';

export async function dossierFor(
  visitId: string,
  language: Language,
  options: DossierOptions = {},
): Promise<DossierDocument> {
  return buildDossier(await gatherDossierData(visitId), language, options);
}

/** Saves (or, for PDF in the browser, prints) the dossier; the result tells a cancel from a failure. */
export async function exportDossier(
  visitId: string,
  language: Language,
  format: DossierFormat,
  options: DossierOptions = {},
): Promise<Result<{ fileName: string } | Canceled>> {
  const doc = await dossierFor(visitId, language, options);
  switch (format) {
    case 'html':
      return platform.saveFile({
        suggestedName: `${doc.fileStem}.html`,
        data: renderDossierHtml(doc, { marginBoxes: true }),
        filters: [{ name: 'HTML', extensions: ['html'] }],
      });
    case 'docx': {
      const { renderDossierDocx } = await import('../../../shared/export/dossierDocx');
      return platform.saveFile({
        suggestedName: `${doc.fileStem}.docx`,
        data: await renderDossierDocx(doc),
        filters: [{ name: 'Word', extensions: ['docx'] }],
      });
    }
    case 'pdf':
      return platform.printToPdf({
        // The desktop printer draws the header and page numbers itself; the browser's print uses the CSS ones.
        html: renderDossierHtml(doc, { marginBoxes: platform.kind === 'browser' }),
        suggestedName: `${doc.fileStem}.pdf`,
        header: doc.header,
        pageLabel: doc.pageWords.page,
        ofLabel: doc.pageWords.of,
      });
    default: {
      const never: never = format;
      throw new Error(`Unexpected format: ${String(never)}`);
    }
  }
}
