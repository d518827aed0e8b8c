// The dossier printed by Chromium (Playwright's page.pdf of the dossier page) and read back with poppler.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeItem } from '../../shared/domain';
import { buildDossier } from '../../shared/export/dossier';
import { renderDossierHtml } from '../../shared/export/dossierHtml';
import { pdfOptions } from '../../electron/ipc/print';
import { chromiumArgs } from '../../playwright.config';
import { dossierData, visit } from '../unit/visits/fixtures';

const run = promisify(execFile);
let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  dir = await mkdtemp(path.join(tmpdir(), 'twinning-pdf-'));
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

type PdfOptions = NonNullable<Parameters<Page['pdf']>[0]>;

async function printAndRead(
  html: string,
  name: string,
  options: PdfOptions = { format: 'A4', printBackground: true },
): Promise<{ text: string; pages: number }> {
  const page = await browser.newPage();
  await page.setContent(html);
  const file = path.join(dir, `${name}.pdf`);
  await writeFile(file, await page.pdf(options));
  await page.close();
  const { stdout: text } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  const { stdout: info } = await run('pdfinfo', [file]);
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0) };
}

describe('a dossier printed to PDF by Chromium', () => {
  it('keeps the programme lines, Polish letters, the gmina header and page numbers', async () => {
    const { text, pages } = await printAndRead(renderDossierHtml(buildDossier(dossierData(), 'pl')), 'pl');
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain('Teczka delegacji'.toUpperCase());
    expect(text).toContain('Program wizyty');
    expect(text).toContain('środa, 12 maja 2027');
    expect(text).toMatch(/10:00–11:30\s+Powitanie w ratuszu/);
    expect(text).toContain('Zwiedzanie Muzeum Pszczelarstwa');
    expect(text).toContain('Spotkanie w szkole – żółć gęślą jaźń');
    expect(text).toContain('Swarzędz');
    expect(text).toContain(`Strona 1 z ${pages}`);
  }, 60_000);

  it('draws the header and page numbers from the desktop handler’s templates, once per page', async () => {
    const doc = buildDossier(dossierData(), 'pl');
    const o = pdfOptions({ header: doc.header, pageLabel: doc.pageWords.page, ofLabel: doc.pageWords.of });
    const inch = (n: number | undefined) => `${n ?? 0}in`;
    const { text, pages } = await printAndRead(renderDossierHtml(doc, { marginBoxes: false }), 'desktop', {
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: o.headerTemplate,
      footerTemplate: o.footerTemplate,
      margin: {
        top: inch(o.margins?.top),
        bottom: inch(o.margins?.bottom),
        left: inch(o.margins?.left),
        right: inch(o.margins?.right),
      },
    });
    expect(text).toContain(`Strona 1 z ${pages}`);
    expect(text.match(/Strona \d+ z \d+/g)).toHaveLength(pages);
    expect(text).toMatch(/10:00–11:30\s+Powitanie w ratuszu/);
  }, 60_000);

  it('prints a twenty-page dossier in English', async () => {
    const programme: ProgrammeItem[] = [];
    for (let day = 0; day < 20; day++) {
      for (let hour = 8; hour < 20; hour++) {
        const date = `2027-06-${String(day + 1).padStart(2, '0')}`;
        programme.push({
          id: `${day}-${hour}`,
          from: `${date}T${hour}:00`.replace('T8:', 'T08:').replace('T9:', 'T09:'),
          to: `${date}T${hour}:45`.replace('T8:', 'T08:').replace('T9:', 'T09:'),
          activity: `Punkt ${day + 1}.${hour}: spotkanie z młodzieżą w Łodzi, źródła – ${'opis '.repeat(12)}`,
          place: 'Ratusz w Swarzędzu',
          responsible: 'Referat współpracy zagranicznej',
          notes: 'Tłumacz, flagi, nagłośnienie',
        });
      }
    }
    const started = performance.now();
    const html = renderDossierHtml(
      buildDossier(dossierData({ visit: visit({ start: '2027-06-01', end: '2027-06-20', programme }) }), 'en'),
    );
    const { text, pages } = await printAndRead(html, 'long');
    const seconds = (performance.now() - started) / 1000;
    console.info(`dossier: ${pages} pages built and printed in ${seconds.toFixed(2)} s`);
    expect(pages).toBeGreaterThanOrEqual(20);
    expect(text).toContain('Sunday, 20 June 2027');
    expect(text).toMatch(/19:00–19:45\s+Punkt 20\.19: spotkanie z/);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  }, 120_000);
});
