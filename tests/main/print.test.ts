import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfOptions, printToPdf, type PrintDeps } from '../../electron/ipc/print';
import { PRINT_CONTENT_SECURITY_POLICY, withPrintPolicy } from '../../electron/printPolicy';
import { createListener } from '../../electron/ipc/handle';

let dir: string;
let stage: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'twinning-print-out-'));
  stage = await mkdtemp(path.join(tmpdir(), 'twinning-print-stage-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(stage, { recursive: true, force: true });
});

const request = {
  html: '<!DOCTYPE html><p>Program wizyty</p>',
  suggestedName: 'teczka-delegacji.pdf',
  header: 'Swarzędz <b>',
  pageLabel: 'Strona',
  ofLabel: 'z',
};

/** A fake print window that records how it was made and what it was asked to do. */
function fakeWindows(options: { failPrint?: boolean } = {}) {
  const made: BrowserWindowConstructorOptions[] = [];
  const loaded: string[] = [];
  const pageAtLoad: string[] = [];
  const printed: PrintToPDFOptions[] = [];
  let destroyed = 0;
  const navigationGuards: string[] = [];
  class FakeWindow {
    webContents = {
      on: (event: string, listener: (e: { preventDefault(): void }) => void) => {
        let prevented = false;
        listener({ preventDefault: () => (prevented = true) });
        if (prevented) navigationGuards.push(event);
      },
      printToPDF: (o: PrintToPDFOptions) => {
        printed.push(o);
        return options.failPrint
          ? Promise.reject(new Error('renderer crashed'))
          : Promise.resolve(new TextEncoder().encode('%PDF-1.7 test'));
      },
    };
    constructor(o: BrowserWindowConstructorOptions) {
      made.push(o);
    }
    async loadFile(file: string) {
      loaded.push(file);
      pageAtLoad.push(await readFile(file, 'utf8'));
    }
    destroy() {
      destroyed++;
    }
  }
  return { FakeWindow, made, loaded, pageAtLoad, printed, navigationGuards, destroyed: () => destroyed };
}

function fakeDialog(choice: { canceled: boolean; file?: string }) {
  const offered: { defaultPath?: string }[] = [];
  return {
    offered,
    dialog: {
      showSaveDialog: (...args: unknown[]) => {
        offered.push(args.at(-1) as { defaultPath?: string });
        return Promise.resolve({ canceled: choice.canceled, filePath: choice.file ?? '' });
      },
    } as unknown as PrintDeps['dialog'],
  };
}

const deps = (windows: ReturnType<typeof fakeWindows>, dialog: PrintDeps['dialog']): PrintDeps => ({
  BrowserWindow: windows.FakeWindow,
  dialog,
  window: () => null,
  defaultFolder: () => dir,
  tempFolder: () => stage,
});

describe('the dossier PDF handler', () => {
  it('prints in a hidden window with no preload and JavaScript off, then writes the chosen file', async () => {
    const windows = fakeWindows();
    const target = path.join(dir, 'teczka.pdf');
    const result = await printToPdf(deps(windows, fakeDialog({ canceled: false, file: target }).dialog), request);
    expect(result).toEqual({ fileName: 'teczka.pdf' });
    expect(windows.made).toHaveLength(1);
    const prefs = windows.made[0]!.webPreferences!;
    expect(prefs.preload).toBeUndefined();
    expect(prefs.javascript).toBe(false);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(windows.made[0]!.show).toBe(false);
    expect(windows.pageAtLoad).toEqual([withPrintPolicy(request.html)]);
    expect(windows.navigationGuards.sort()).toEqual(['will-navigate', 'will-redirect']);
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 test');
    expect(windows.destroyed()).toBe(1);
    expect(await readdir(stage)).toEqual([]);
  });

  it('puts its own policy first in every printed page, whatever the renderer sent', () => {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${PRINT_CONTENT_SECURITY_POLICY}">`;
    expect(withPrintPolicy('<!DOCTYPE html><html><head><title>x</title>')).toBe(
      `<!DOCTYPE html>${meta}<html><head><title>x</title>`,
    );
    expect(withPrintPolicy('  <!doctype html>\n<p>a</p>')).toBe(`  <!doctype html>${meta}\n<p>a</p>`);
    expect(withPrintPolicy('<p>no doctype</p>')).toBe(`${meta}<p>no doctype</p>`);
  });

  it('asks for A4 with the gmina escaped in the header and page numbers in the footer', () => {
    const options = pdfOptions(request);
    expect(options.pageSize).toBe('A4');
    expect(options.displayHeaderFooter).toBe(true);
    expect(options.headerTemplate).toContain('Swarzędz &lt;b&gt;');
    expect(options.footerTemplate).toMatch(
      /Strona <span class="pageNumber"><\/span> z <span class="totalPages"><\/span>/,
    );
  });

  it('tells a cancel apart: nothing is printed and nothing written', async () => {
    const windows = fakeWindows();
    const result = await printToPdf(deps(windows, fakeDialog({ canceled: true }).dialog), request);
    expect(result).toEqual({ canceled: true });
    expect(windows.made).toHaveLength(0);
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a failed print as a failure, closes the window and leaves no file behind', async () => {
    const windows = fakeWindows({ failPrint: true });
    const target = path.join(dir, 'teczka.pdf');
    await expect(
      printToPdf(deps(windows, fakeDialog({ canceled: false, file: target }).dialog), request),
    ).rejects.toThrow('renderer crashed');
    expect(windows.destroyed()).toBe(1);
    expect(await readdir(dir)).toEqual([]);
    expect(await readdir(stage)).toEqual([]);
  });

  it('fails with the file system’s error when the folder cannot be written', async () => {
    const windows = fakeWindows();
    const target = path.join(dir, 'missing', 'teczka.pdf');
    await expect(
      printToPdf(deps(windows, fakeDialog({ canceled: false, file: target }).dialog), request),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('offers a cleaned name inside the default folder', async () => {
    const { dialog, offered } = fakeDialog({ canceled: true });
    await printToPdf(deps(fakeWindows(), dialog), { ...request, suggestedName: '../../etc/passwd.pdf' });
    expect(path.dirname(offered[0]!.defaultPath!)).toBe(dir);
  });

  it('answers the renderer through the envelope: a user-fit error, never a stack', async () => {
    const windows = fakeWindows({ failPrint: true });
    const listener = createListener(
      'printToPdf',
      (r) => printToPdf(deps(windows, fakeDialog({ canceled: false, file: path.join(dir, 'a.pdf') }).dialog), r),
      () => true,
    );
    const frame = { url: 'app://twinning-desk/index.html', parent: null };
    const result = await listener({ senderFrame: frame } as never, request);
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong in the application.' },
    });
    expect(await listener({ senderFrame: frame } as never, { ...request, html: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });
});
