// The browser stand-in for the desktop bridge: downloads through a Blob, opens through a file input.
import type { AppInfo, FileFilter, OpenFileRequest, PrintToPdfRequest, SaveFileRequest } from '../../shared/ipc';
import { stripBidiControls } from '../../shared/domain/common';
import { canceled, fail, ok, type Canceled, type Result } from '../../shared/result';
import { createBrowserBackups } from './browserBackups';
import { createBrowserTeam } from './browserTeam';
import { createBrowserPrivacy } from './browserPrivacy';
import type { ChosenBlob, Platform } from './types';

const MIME_BY_EXTENSION: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
  html: 'text/html;charset=utf-8',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function saveFile(request: SaveFileRequest) {
  const extension = request.suggestedName.split('.').pop()?.toLowerCase() ?? '';
  const type = MIME_BY_EXTENSION[extension] ?? 'application/octet-stream';
  const part: BlobPart = typeof request.data === 'string' ? request.data : new Uint8Array(request.data);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName.replace(/[/\\]/g, '_');
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return Promise.resolve(ok({ fileName: link.download }));
}

function acceptAttribute(filters: FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
}

/** The file input: the chosen file, unread, or why not. */
function chooseFile(request: OpenFileRequest) {
  return new Promise<Result<ChosenBlob | Canceled>>((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(request.filters);
    input.style.display = 'none';
    input.setAttribute('data-testid', 'platform-file-input');
    const finish = (result: Result<ChosenBlob | Canceled>) => {
      input.remove();
      resolve(result);
    };
    input.addEventListener('cancel', () => finish(ok(canceled)));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return finish(ok(canceled));
      if (file.size > request.maxBytes) return finish(fail('too-large', 'The file is too large.'));
      finish(ok({ fileName: stripBidiControls(file.name), blob: file }));
    });
    document.body.append(input);
    input.click();
  });
}

async function openFile(request: OpenFileRequest): ReturnType<Platform['openFile']> {
  const chosen = await chooseFile(request);
  if (!chosen.ok) return chosen;
  if ('canceled' in chosen.value) return ok(canceled);
  const { fileName, blob } = chosen.value;
  try {
    return ok({ fileName, data: new Uint8Array(await blob.arrayBuffer()) });
  } catch {
    return fail('io', 'The file could not be read.');
  }
}

/**
 * The browser has no silent PDF printer: the page goes into a hidden frame (srcdoc, no scripts of its
 * own) and the browser's print dialog opens on it, where the user picks "Save as PDF".
 */
function printToPdf(request: PrintToPdfRequest) {
  return new Promise<Awaited<ReturnType<Platform['printToPdf']>>>((resolve) => {
    // One print frame at a time: the previous one goes when the next print starts.
    document.querySelectorAll('[data-testid="platform-print-frame"]').forEach((old) => old.remove());
    const frame = document.createElement('iframe');
    frame.title = request.suggestedName;
    frame.setAttribute('aria-hidden', 'true');
    frame.setAttribute('data-testid', 'platform-print-frame');
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;';
    frame.addEventListener(
      'load',
      () => {
        const view = frame.contentWindow;
        if (!view) return resolve(fail('internal', 'The print view could not be opened.'));
        view.focus();
        view.print();
        resolve(ok(canceled));
      },
      { once: true },
    );
    frame.srcdoc = request.html;
    document.body.append(frame);
  });
}

export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    appInfo: () =>
      Promise.resolve(
        ok<AppInfo>({
          name: 'Twinning Desk',
          version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
          locale: navigator.language,
          platform: 'browser',
          electron: null,
        }),
      ),
    saveFile,
    openFile,
    openBlob: chooseFile,
    // A page cannot make an address on its own origin for a file it holds: it hands the file itself (`openBlob`).
    openFileAddress: () => Promise.resolve(fail('internal', 'The browser hands chosen files over as they are.')),
    setLanguage: () => Promise.resolve(ok(null)),
    printToPdf,
    ...createBrowserBackups(),
    ...createBrowserTeam(),
    ...createBrowserPrivacy(),
  };
}
