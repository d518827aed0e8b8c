// The dossier PDF: a hidden print window (no preload, scripts off, main's own CSP, no navigation) lays out the HTML, Chromium prints it
// to A4 with the gmina in the header and page numbers in the footer, and the file is saved atomically.
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions, Dialog, PrintToPDFOptions } from 'electron';
import { escapeHtml } from '../../shared/export/dossierHtml';
import type { PrintToPdfRequest, SavedFile } from '../../shared/ipc';
import { canceled, type Canceled } from '../../shared/result';
import { writeFileAtomic, type AtomicFs } from '../atomicWrite';
import { safeFileName } from '../fileName';
import { withPrintPolicy } from '../printPolicy';
import { createWindow } from '../window';

/** The part of a BrowserWindow the print handler uses; tests pass a small fake. */
export interface PrintWindow {
  loadFile(filePath: string): Promise<void>;
  webContents: {
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
    on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }) => void): unknown;
  };
  destroy(): void;
}

export interface PrintDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => PrintWindow;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  window: () => BrowserWindow | null;
  defaultFolder: () => string;
  /** Where the page is staged for the print window; the OS temp folder unless a test says otherwise. */
  tempFolder?: () => string;
  fs?: AtomicFs;
}

const TEMPLATE_STYLE =
  'font-family: sans-serif; font-size: 8px; color: #555; width: 100%; text-align: center; margin: 0 12mm;';

/** A4 with the running header (the gmina's name, escaped) and "Page n of m" in the footer. */
export function pdfOptions(request: Pick<PrintToPdfRequest, 'header' | 'pageLabel' | 'ofLabel'>): PrintToPDFOptions {
  return {
    pageSize: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: `<div style="${TEMPLATE_STYLE}">${escapeHtml(request.header)}</div>`,
    footerTemplate: `<div style="${TEMPLATE_STYLE}">${escapeHtml(request.pageLabel)} <span class="pageNumber"></span> ${escapeHtml(request.ofLabel)} <span class="totalPages"></span></div>`,
    margins: { top: 0.75, bottom: 0.75, left: 0.6, right: 0.6 },
    generateDocumentOutline: true,
  };
}

/** Renders the page to PDF bytes in a fresh hidden window, which is always destroyed afterwards. */
export async function renderPdf(deps: PrintDeps, request: PrintToPdfRequest): Promise<Uint8Array> {
  const stage = await fsp.mkdtemp(path.join(deps.tempFolder?.() ?? os.tmpdir(), 'twinning-print-'));
  const page = path.join(stage, 'dossier.html');
  const win = createWindow(deps.BrowserWindow, 'print');
  // The page stays where it was loaded: no meta refresh or link may take the print window elsewhere.
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.on('will-redirect', (event) => event.preventDefault());
  try {
    await fsp.writeFile(page, withPrintPolicy(request.html), 'utf8');
    await win.loadFile(page);
    return await win.webContents.printToPDF(pdfOptions(request));
  } finally {
    win.destroy();
    await fsp.rm(stage, { recursive: true, force: true });
  }
}

/** Asks where to save first (a cancel prints nothing), then prints and writes the file atomically. */
export async function printToPdf(deps: PrintDeps, request: PrintToPdfRequest): Promise<SavedFile | Canceled> {
  const name = safeFileName(request.suggestedName, 'dossier.pdf');
  const options = {
    defaultPath: path.join(deps.defaultFolder(), name),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
  const owner = deps.window();
  const choice = owner ? await deps.dialog.showSaveDialog(owner, options) : await deps.dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return canceled;
  const pdf = await renderPdf(deps, request);
  await writeFileAtomic(choice.filePath, pdf, deps.fs);
  return { fileName: path.basename(choice.filePath) };
}

/** The print channel's handler, for the channel map in main.ts. */
export function printHandlers(deps: PrintDeps) {
  return {
    printToPdf: (request: PrintToPdfRequest) => printToPdf(deps, request),
  };
}
